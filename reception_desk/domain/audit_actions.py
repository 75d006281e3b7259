"""The audit log's action codes and how they read (Chinese for exports, English sources)."""

from __future__ import annotations

from .i18n import QT_TRANSLATE_NOOP

#: code -> (Chinese as exported, English source for the screen's translation).
AUDIT_ACTIONS: dict[str, tuple[str, str]] = {
    "login": ("登录", QT_TRANSLATE_NOOP("Messages", "Signed in")),
    "login_failed": ("PIN 码错误", QT_TRANSLATE_NOOP("Messages", "Wrong PIN")),
    "login_refused": ("账户锁定中登录被拒", QT_TRANSLATE_NOOP(
        "Messages", "Sign-in refused (locked)")),
    "sign_out": ("退出登录", QT_TRANSLATE_NOOP("Messages", "Signed out")),
    "account_create": ("新建账户", QT_TRANSLATE_NOOP("Messages", "Account created")),
    "account_update": ("修改账户", QT_TRANSLATE_NOOP("Messages", "Account changed")),
    "account_pin": ("重设 PIN 码", QT_TRANSLATE_NOOP("Messages", "PIN reset")),
    "account_deactivate": ("停用账户", QT_TRANSLATE_NOOP("Messages", "Account deactivated")),
    "export": ("导出数据", QT_TRANSLATE_NOOP("Messages", "Data exported")),
    "print": ("打印含个人信息的单据", QT_TRANSLATE_NOOP("Messages", "Sheet printed")),
    "override": ("经理调整轮接", QT_TRANSLATE_NOOP("Messages", "Rotation overridden")),
    "settings": ("修改设置", QT_TRANSLATE_NOOP("Messages", "Settings changed")),
    "roster": ("修改顾问名册", QT_TRANSLATE_NOOP("Messages", "Roster changed")),
    "menu": ("修改饮品菜单", QT_TRANSLATE_NOOP("Messages", "Menu changed")),
    "stock": ("修改库存物品", QT_TRANSLATE_NOOP("Messages", "Stock item changed")),
    "request.approve_department": ("部门负责人审批", QT_TRANSLATE_NOOP(
        "Messages", "Request approved by department head")),
    "request.approve_gm": ("总经理审批", QT_TRANSLATE_NOOP(
        "Messages", "Request approved by general manager")),
    "request.reject": ("退回接待申请", QT_TRANSLATE_NOOP("Messages", "Request rejected")),
    "request.cancel": ("取消接待申请", QT_TRANSLATE_NOOP("Messages", "Request cancelled")),
    "customer.merge": ("合并客户", QT_TRANSLATE_NOOP("Messages", "Customers merged")),
    "customer.conflict": ("判客", QT_TRANSLATE_NOOP("Messages", "Customer conflict settled")),
    "privacy.retention": ("到期个人信息匿名化", QT_TRANSLATE_NOOP(
        "Messages", "Personal data past retention anonymised")),
    "privacy.export_person": ("导出个人全部信息", QT_TRANSLATE_NOOP(
        "Messages", "A customer's data exported")),
    "privacy.erase": ("删除个人信息（匿名化）", QT_TRANSLATE_NOOP(
        "Messages", "A customer's data erased")),
}


def action_zh(code: str) -> str:
    """The Chinese name of an action; an unknown code (a newer version's) reads as itself."""
    return AUDIT_ACTIONS.get(code, (code, code))[0]


def action_source(code: str) -> str:
    """The English source text of an action, for `translate("Messages", ...)`."""
    return AUDIT_ACTIONS.get(code, (code, code))[1]
