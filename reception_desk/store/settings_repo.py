"""Repository for site settings (key -> JSON value) and small per-database flags."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import SiteSetting

SITE_KEY = "site"


class SettingsRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, key: str) -> Any:
        row = self.session.get(SiteSetting, key)
        if row is None:
            return None
        try:
            return json.loads(row.value)
        except ValueError:
            return None

    def put(self, key: str, value: Any) -> None:
        text = json.dumps(value, ensure_ascii=False)
        row = self.session.get(SiteSetting, key)
        if row is None:
            self.session.add(SiteSetting(key=key, value=text))
        else:
            row.value = text
        self.session.flush()

    def keys(self) -> list[str]:
        return list(self.session.scalars(select(SiteSetting.key)))
