"""Dutch labels for the console, and the definition of three registration choices (target
groups, reasons, help offered; codes are stored).

The registration form takes ALL its choices from `bot.figures.categories`, which re-exports
these three and defines the reporting categories (age bands, genders, platforms), so the form
and the figures cannot disagree.
"""
from __future__ import annotations

CHANNELS = {"webchat": "Webchat", "email": "E-mail", "telegram": "Telegram"}
URGENCY = {"suicide": "suïcidaal", "child_in_danger": "kind in gevaar", "abuse_now": "misbruik nu",
           "about_to_act": "staat op het punt te handelen",
           # the rules did not name it; the second opinion (handlers/urgency_model.py) did
           "possible_risk": "mogelijk acuut risico, lees eerst"}
SENDERS = {"writer": "Hulpvrager", "bot": "Bot", "counsellor": "Hulpverlener", "note": "Notitie (intern)",
           "system": "Systeem"}
DELIVERY = {"pending": "wacht op verzending", "sending": "wordt verzonden", "delivered": "afgeleverd",
            "failed": "niet afgeleverd"}
CALLBACK_KINDS = {"phone": "Terugbellen", "chat_appointment": "Chatafspraak",
                  "notify_open": "Bericht bij opening", "morning_message": "Ochtendbericht"}

TARGET_GROUPS = (
    ("own_feelings", "Zorgen over eigen gevoelens of gedrag"),
    ("someone_close", "Zorgen over iemand in de omgeving"),
    ("professional", "Professional"),
    ("victim", "Slachtoffer"),
    ("other", "Anders"),
)
REASONS = (
    ("feelings_minors", "Seksuele gevoelens voor minderjarigen"),
    ("online_material", "Online beeldmateriaal"),
    ("contact_child", "Zorgen over contact met een kind"),
    ("worried_about_someone", "Zorgen over gedrag van iemand anders"),
    ("past_behaviour", "Grensoverschrijdend gedrag in het verleden"),
    ("information", "Vraag om informatie"),
    ("case_consultation", "Casusoverleg"),
    ("other", "Anders"),
)
HELP_OFFERED = (
    ("self_help", "Zelfhulpmodules"),
    ("waag_appointment", "Belafspraak De Waag (forensische polikliniek)"),
    ("forensic_care", "Andere forensische zorg"),
    ("sexologist", "Seksuoloog"),
    ("gp", "Huisarts"),
    ("peer_group", "Lotgenotengroep"),
    ("forum", "Forum"),
    ("case_consultation", "Casusoverleg"),
    ("none", "Geen verwijzing"),
)
# Codes the form offered before it used the figures' categories: kept only so that
# bot.figures.categories can still label older registrations. Not offered any more.
AGE_BANDS = (("-18", "jonger dan 18"), ("18-24", "18-24"), ("25-39", "25-39"), ("40-59", "40-59"),
             ("60+", "60 of ouder"))
GENDERS = (("man", "Man"), ("vrouw", "Vrouw"), ("anders", "Anders"))
