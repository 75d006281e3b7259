"""Entry point for the PyInstaller bundle (see build_spec.py).

reception_desk/__main__.py uses relative imports, so it cannot be the frozen
app's top-level script itself; this launcher imports it as part of the package.
"""

from reception_desk.__main__ import main

raise SystemExit(main())
