"""Field tool for township work-safety inspectors (镇/街道安全生产检查)."""

__version__ = "0.1.0"
APP_NAME = "inspector-app"  # the one name: distribution, data directory (platformdirs), QSettings
