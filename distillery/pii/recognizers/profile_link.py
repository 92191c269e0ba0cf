"""Profile and personal links written without a scheme, as people write them in CVs, signatures
and chats: `linkedin.com/in/mario-rossi`, `github.com/mrossi`, `t.me/mario`, `instagram.com/x`.

A bare host alone ("linkedin.com") is a company, not a person: a profile path is required. Links
with `https://` or `www.` are the URL recognizer's; both may match, the merge keeps one span.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from distillery.pii.recognizers.base import Recognizer, has_any
from distillery.pii.recognizers.registry import register
from distillery.pii.recognizers.url import trim_url
from distillery.pii.spans import Span

# Hosts whose first path segment is a person (or a sub-path that is: linkedin.com/in/<name>).
_PROFILE_HOSTS = (
    r"(?:[a-z]{2}\.)?linkedin\.com/(?:in|pub)/"
    r"|github\.com/|gitlab\.com/|bitbucket\.org/|instagram\.com/|facebook\.com/|fb\.com/|m\.facebook\.com/"
    r"|twitter\.com/|x\.com/|t\.me/|telegram\.me/|wa\.me/|tiktok\.com/@|medium\.com/@|youtube\.com/@"
    r"|threads\.net/@|mastodon\.social/@|bsky\.app/profile/|behance\.net/|dribbble\.com/|about\.me/"
    r"|linktr\.ee/|flickr\.com/people/|vimeo\.com/|pinterest\.(?:com|it)/|reddit\.com/u(?:ser)?/"
    r"|stackoverflow\.com/users/|scholar\.google\.com/citations\?user=|orcid\.org/|researchgate\.net/profile/"
)
_LINK = re.compile(
    rf"(?i)(?<![\w@/.-])(?:https?://)?(?:www\.)?(?:{_PROFILE_HOSTS})(?P<user>[\w.%~+-]{{2,}})[^\s<>\"'`{{}}|\\^·]*"
)
_HINTS = (
    "linkedin", "github", "gitlab", "bitbucket", "instagram", "facebook", "fb.com", "twitter", "x.com", "t.me",
    "telegram", "wa.me", "tiktok", "medium", "youtube", "threads", "mastodon", "bsky", "behance", "dribbble",
    "about.me", "linktr", "flickr", "vimeo", "pinterest", "reddit", "stackoverflow", "scholar", "orcid",
    "researchgate",
)  # fmt: skip
# First path segments that are pages of the site, not people.
_NOT_A_USER = {
    "about", "help", "login", "signup", "share", "sharer", "sharer.php", "search", "explore", "features",
    "pricing", "settings", "privacy", "terms", "legal", "home", "watch", "jobs", "company", "school",
    "groups", "events", "pages", "marketplace", "hashtag", "intent", "i", "orgs", "topics", "trending",
    "notifications", "messages", "p", "reel", "reels", "stories", "policies", "business",
}  # fmt: skip


@register
class ProfileLinkRecognizer(Recognizer):
    type = "URL"
    name = "profile_link"

    def find(self, text: str) -> Iterator[Span]:
        if "/" not in text or not has_any(text, _HINTS):
            return
        for m in _LINK.finditer(text):
            if m.group("user").lower().rstrip(".") in _NOT_A_USER:
                continue
            link = trim_url(m.group())
            yield self.span(m.start(), m.start() + len(link))
