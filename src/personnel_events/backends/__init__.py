"""Optional backends that replace embedded stages (imported only when used)."""
