"""Lines that are never the article, whatever element holds them, in the languages news is written in.

What an element's structure cannot give away, its wording does: a share bar reduced to its labels,
a tag line, a photo credit, a date standing alone, a newsletter or app promo, a paywall's invitation,
a copyright or advertising notice, a "Read more:" lead-in whose list went with the furniture. Each
rule is short-line-only, so a paragraph of the article that mentions a newsletter is never taken
for one.
"""

from __future__ import annotations

import re

SHARE_WORDS = re.compile(
    r"^(?:(?:share(?: with (?:your )?friends)?|mit freunden teilen|teilen|bagikan|compartir|partager|condividi"
    r"|like this|gefällt mir|tweet|pin(?:terest)?"
    r"|whats?app|facebook|twitter|x|linkedin|telegram|line|e-?mail|print|drucken|cetak|copy link|salin tautan"
    r"|reddit|flipboard|messenger|like|loading|wird geladen|related|this|story|on|rezept|speichern|bei|save|:)"
    r"[\s:|/,.·•…-]*)+$",
    re.IGNORECASE,
)
_RULES: dict[str, re.Pattern[str]] = {
    "tag line": re.compile(
        r"^(?:tags?|topik|kata kunci|schlagw(?:ö|oe)rter|etiquetas|mots-clés|keywords|themen|tematy)\s*:", re.I
    ),
    "comments": re.compile(
        r"^(?:belum ada komentar|no comments(?: yet)?|be the first to comment|keine kommentare|sin comentarios"
        r"|(?:view |show |\d+ )?(?:comments?|komentar|kommentare?)(?:\s*\(\d+\))?)\.?$",
        re.IGNORECASE,
    ),
    "credit": re.compile(
        r"^(?:©|\(c\)|copyright\b|fot(?:o|os)?\s*[:.]|photo(?:s)?\s*(?:by|:)|bild\s*:|titelbild|beitragsbild|quelle\s*:"
        r"|crédits? photos?|\(?crédito|image(?:s)?\s*(?:by|:)|sumber\s*:|ilustrasi\s*:"
        r"|image (?:copyright|caption)\b|file photo\s*:|getty images\W*$)"
        # a caption that ends with its photo's credit: "... untuk Joey Alexander. Foto: Grammy", "(AP Photo/J. Doe)"
        r"|[.!?]\s*\(?(?:foto|photo|bild|image)\s*(?::|by)\s*[^.!?:]{1,40}\)?$"
        r"|\((?:ap|afp|reuters|epa) photo\b[^)]{0,40}\)$"
        r"|(?:/|\|)\s*(?:getty images|afp|reuters|ap|dpa|epa|picture[- ]alliance|shutterstock|istock|unsplash"
        r"|agencja gazeta|pap|antara(?: foto)?)\b[^.!?]{0,40}$",
        re.IGNORECASE,
    ),
    "date line": re.compile(
        r"^(?:(?:aktualisiert|publiziert|veröffentlicht|erstellt|updated|published|posted|diperbarui|dipublikasikan"
        r"|actualizado|publicado|mis à jour|publié|opublikowano|pubblicato|news date)(?:\s+am|\s+on|\s+le)?\s*:?\s*)?"
        r"(?:[A-Za-zÀ-ÿ']+,?\s+)?\d{1,4}[./\- ]+(?:\d{1,2}|[A-Za-zÀ-ÿ]+\.?)[./\- ]+\d{2,4}"
        r"(?:,?\s+(?:um\s+|at\s+|pukul\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:uhr|wib|wita|wit|am|pm|h))?)?\.?$"
        # month first: "Jun 7, 2023, 8:54 PM UTC |", "posted on April 21, 2015, at 11:29 a.m."
        r"|^(?:(?:updated|published|posted|last updated)(?:\s+on)?\s*:?\s*)?[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}"
        r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*(?:utc|gmt|[ecmp][sd]?t))?)?\W*$"
        # any label of one to three words, then a whole date and nothing else: "Video verfügbar bis 28.02.2021",
        # "Erscheinungsdatum: 14.08.2017", a weekday and a date in any script
        r"|^(?:[^\W\d_]+(?:['’][^\W\d_]+)?\.?[\s:]+){1,3}(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}"
        r"|\d{1,2}\.?\s+[^\W\d_]{3,}\.?\s+\d{4}|[^\W\d_]{3,9}\.?\s+\d{1,2},?\s+\d{4})"
        r"(?:,?\s+(?:um\s+|at\s+|pukul\s+|à\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:uhr|wib|wita|wit|[ap]\.?m\.?|h))?)?\W*$",
        re.IGNORECASE,
    ),
    "paywall": re.compile(
        r"^(?:pour lire la suite|lesen sie weiter mit|to continue reading|subscribe to continue|already a subscriber"
        r"|bereits abonnent)",
        re.IGNORECASE,
    ),
    "notice": re.compile(
        r"^(?:-?\s*anzeige\s*-?|advertisement|anuncio|publicidad|publicité|reklama|iklan)\b.{0,60}$"
        r"|^(?:(?:the )?(?:story|article) continues below(?: (?:this |the )?(?:advertisement|ad))?"
        r"|continue reading (?:the main story|below)|scroll (?:down )?(?:to continue(?: with content)?|for video)"
        r"|skip (?:to main content|advertisement)|supported by)\W*$"
        r"|\baffiliate[- ]links?\b|\bprawem autorskim\b|\ball rights reserved\b|\balle rechte vorbehalten\b"
        r"|\b(?:unter der lizenz|licensed under(?: a)?|sous licence|bajo (?:la )?licencia) (?:cc|creative commons)\b",
        re.IGNORECASE,
    ),
    "lead-in": re.compile(
        r"^(?:weiterlesen|weitere informationen|weitere themen|weitere artikel(?: zum thema)?|mehr zum thema\b.*"
        r"|zusatzinformationen|kontakt|read more|read also|see also|lesen sie auch"
        r"|more on this|related(?: coverage| stories| articles)?|related\s*:.*|(?:watch|listen)\s*:.*"
        r"|das (?:thema )?könnte (?:dich|sie) auch interessieren|baca juga|simak juga|lihat juga"
        # a related box's heading, left behind when the box went with the furniture
        r"|you (?:may|might) (?:also )?(?:like|enjoy)|recommended(?: for you| stories| articles)?|more stories"
        r"|(?:don'?t|do not) miss|trending(?: now)?|most (?:read|popular|viewed)|editor'?s picks?|auch interessant"
        r"|schon gelesen|ähnliche (?:artikel|beiträge)|(?:artículos|noticias) relacionad[ao]s"
        r"|articles? (?:similaires|liés)|(?:berita|artikel) (?:terkait|lainnya|terpopuler)|terpopuler"
        r"|rekomendasi(?: untuk anda)?"
        r"|nos siga no|siga-nos|follow us(?: on)?|folgen sie uns(?: auf)?"
        r"|originalpublikation|view comments|zum weiterlesen"
        # a lead-in and the linked headline it carries, where the label is only ever a cross-link's (the
        # Indonesian ones are `boilerplate`'s, which profiles' bodies pass through too)
        r"|(?:read more|also read|read also|lesen sie auch|main article|see also|further information)\s*:.{1,150}"
        r"|(?:czytaj|zobacz) (?:też|także|również|więcej)\b.*|dowiedz się więcej\b.*"
        r"|(?:leia|lea|lee) (?:também|también|más|mais)\b.*|(?:à )?lire aussi\b.*)\W*$"
        # a link on to the next part: "... weiter zu »Die Wortwahl«", "Next: ...", "Halaman selanjutnya"
        r"|^\W*(?:(?:weiter (?:zu|mit)|continue (?:to|with)|nächste seite|halaman (?:selanjutnya|berikutnya)"
        r"|página siguiente|page suivante|pagina successiva)\b|next page\s*:).{0,80}$",
        re.IGNORECASE,
    ),
    "media player": re.compile(  # a read-aloud player's label, left where the player was
        r"^(?:listen to (?:this |the )?(?:article|story)|(?:artikel|beitrag) (?:vor)?(?:an)?hören"
        r"|écouter (?:cet |l')article|escuchar (?:este )?(?:artículo|noticia))\W*$",
        re.IGNORECASE,
    ),
    "follow us": re.compile(
        r"^(?:follow|folgen sie|folge|síguenos|sigue a|suivez|ikuti)\b.{0,60}\b(?:on|auf|en|sur|di)\s+"
        r"(?:twitter|x|facebook|instagram|telegram|tiktok|youtube|linkedin|threads|whatsapp|google news)\b",
        re.IGNORECASE,
    ),
    # three or more short items between bars, none a sentence: a footer's or a section's links, a breadcrumb
    # or a date gone flat ("Privacy | Terms | Contact us", "Politics | World | Video", "26 | 01 | 2022")
    "menu": re.compile(r"^(?:[^|•.!?]{1,25}[|•]){2,}[^|•.!?]{1,25}$"),
    "initials": re.compile(r"^\(?[A-Za-z]{2,6}(?:/[A-Za-z]{2,6})+\)?$|^[A-Z]{2,6}$|^\((?:[A-Z]{2,6}|[a-z]{2,6})\)$"),
}
_PROMO = re.compile(
    r"\b(?:newsletter|abonnieren|subscribe|subscription|sign up|anmelden|subskrypc\w*|suscr[ií]b\w*|abonnez"
    r"|in der app|our app|the app|unsere app|app store|google play|spende|donat\w+"
    r"|support(?:ing)? our (?:work|journalism)"
    r"|download\w*\b.{0,40}\bapps?|straight to your (?:phone|inbox)|canal de (?:telegram|youtube|whatsapp)"
    r"|jetzt am kiosk|(?:grup|group|saluran|channel|kanal) (?:telegram|whatsapp)|whatsapp channel)\b",
    re.IGNORECASE,
)
_INVITATION = re.compile(
    r"[?!]|\b(?:hier|here|jetzt|now|our|unser\w*|your|ihr\w*|dein\w*|du|sie|you|kostenlos|free|gratis|zapraszamy"
    r"|bleiben sie|stay|get|holen|einfach|would you|download|mari|yuk|ayo|klik|dapatkan|(?:ber)?gabung|anda|kamu"
    r"|aquí|nuestr[ao]s?|usted|vous|votre|nostr[aoie]|nosso|nossa|você|please|bitte|silakan|silahkan|veuillez)\b",
    re.IGNORECASE,
)
_LOG_IN = re.compile(
    r"\b(?:logged in|log in|sign in|eingeloggt|angemeldet|anmelden|login|masuk|iniciar sesión|connecté)\b", re.I
)
_COMMENTING = re.compile(r"\b(?:comment|komment|(?:ber)?koment|comentar)\w*", re.IGNORECASE)
_DISCLOSURE = re.compile(
    r"we may (?:receive|earn) (?:a )?"
    r"(?:commission|compensation)|(?:this|dieser) (?:post|beitrag|artikel) (?:contains|enthält) (?:affiliate|werbung)",
    re.IGNORECASE,
)
SHORT = 200
"""Only a line shorter than this is judged by its wording: a long one is prose."""


def line_kind(text: str) -> str | None:
    """What kind of furniture a line of text is, or None when it may be the article's."""
    if SHARE_WORDS.match(text):
        return "share bar"
    if _DISCLOSURE.search(text):
        return "notice"  # an advertising disclosure, however long: its wording is the template's, not the story's
    if len(text) >= SHORT:
        return None
    for kind, pattern in _RULES.items():
        if pattern.search(text):
            return kind
    if _PROMO.search(text) and _INVITATION.search(text):
        return "promo"  # a newsletter, app, donation or magazine promo speaks to the reader
    if _LOG_IN.search(text) and _COMMENTING.search(text) and _INVITATION.search(text):
        return "comment form"  # "You must be logged in to post a comment.": the form's notice to the reader
    return None
