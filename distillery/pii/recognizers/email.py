import re

from distillery.pii.recognizers.base import PatternRecognizer
from distillery.pii.recognizers.registry import register


@register
class EmailRecognizer(PatternRecognizer):
    type = "EMAIL"
    name = "email"
    pattern = re.compile(
        r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
        r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}\b"
    )
