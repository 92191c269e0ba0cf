"""Medical record numbers, only after a cue (MRN, cartella clinica n., nosologico, NHS number)."""

from __future__ import annotations

from distillery.pii.recognizers.base import LabeledValueRecognizer
from distillery.pii.recognizers.registry import register


@register
class MedicalRecordRecognizer(LabeledValueRecognizer):
    type = "MEDICAL_RECORD_NUMBER"
    name = "medical_record"
    label = (
        r"\bMRN\b|\bmedical\s+record(?:\s+(?:number|no\.?|#))?|\bpatient\s+(?:id|number|no\.?)"
        r"|\bcartella\b|\bn(?:umero|\.)?\s*(?:di\s+)?cartella|\bcodice\s+paziente|\bid\s+paziente"
        r"|\bnosologico\b|\bNHS\s+(?:number|no\b\.?)|\bhospital\s+(?:number|no\b\.?)|\bCHI\s+(?:number|no\b\.?)"
    )
    hints = ("mrn", "medical", "patient", "cartella", "paziente", "nosologico", "nhs", "hospital", "chi ")
    # "AMB-2019-07731", "2024/00123", "00482913", NHS "485 777 3457".
    value = r"\d{3}\s\d{3}\s\d{4}(?!\d)|[A-Z0-9](?:[A-Z0-9/-]{2,18}[A-Z0-9])"
