"""The Telegram channel (python-telegram-bot): see channels/telegram/channel.py."""
from channels.telegram.channel import TelegramChannel

__all__ = ["TelegramChannel"]
