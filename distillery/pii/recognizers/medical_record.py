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
        # "chart #", "MR no.", "pt ID", "EHR/EMR id", "health record", "numero di ricovero", "SDO n."
        r"|\bchart\s+(?:number|no\b\.?|#)|\bMR\s?(?:#|no\b\.?|number)|\bpt\.?\s+(?:id|#|no\b\.?)"
        r"|\b[EH][MH]R\s+(?:id|#|no\b\.?|number)|\bhealth\s+record\s+(?:number|no\b\.?|#|id)"
        r"|\b(?:numero|n\.|nr\.?)\s+(?:di\s+)?ricovero\b|\b(?:ricovero|SDO)\s+(?=n\b|nr\b|numero\b|#)"
    )
    hints = (
        "mrn", "medical", "patient", "cartella", "paziente", "nosologico", "nhs", "hospital", "chi ", "chart",
        "mr#", "mr #", "mr no", "mr number", "pt id", "pt. id", "pt #", "pt no", "pt. no", "ehr ", "emr ",
        "health record", "ricovero", "sdo ",
    )  # fmt: skip
    # "AMB-2019-07731", "2024/00123", "00482913", NHS "485 777 3457", "12 345 678".
    value = r"\d{2,4}(?:\s\d{2,4}){1,3}(?![\d/-])|[A-Z0-9](?:[A-Z0-9/-]{2,18}[A-Z0-9])"
