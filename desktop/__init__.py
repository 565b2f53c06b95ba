"""Bekwaam, the desktop app: a teacher's professionalisation portfolio, offline first."""

__version__ = "0.1.0"
APP_NAME = "Bekwaam"
ORG_NAME = "Bekwaam"
