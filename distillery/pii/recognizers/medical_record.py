"""Medical record numbers, only after an explicit label (MRN, cartella clinica n., patient ID)."""

from __future__ import annotations

from distillery.pii.recognizers.base import LabeledValueRecognizer
from distillery.pii.recognizers.registry import register


@register
class MedicalRecordRecognizer(LabeledValueRecognizer):
    type = "MEDICAL_RECORD_NUMBER"
    name = "medical_record"
    label = (
        r"\bMRN\b|\bmedical\s+record(?:\s+(?:number|no\.?|#))?|\bpatient\s+(?:id|number|no\.?)"
        r"|\bcartella\s+clinica|\bn(?:umero|\.)?\s*(?:di\s+)?cartella|\bcodice\s+paziente|\bid\s+paziente"
    )
    value = r"[A-Z0-9](?:[A-Z0-9/-]{2,18}[A-Z0-9])"
