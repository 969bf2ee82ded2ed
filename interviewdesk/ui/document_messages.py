"""Why a CV or letter could not be read, in the user's language.

``interviewdesk.readers`` has no Qt and explains itself in English; it also gives
a reason code and details, which this module turns into the translated sentence.
"""

from PySide6.QtCore import QCoreApplication

from interviewdesk.readers import DocumentError


def document_error_text(error: DocumentError) -> str:
    """The message for ``error`` in the interface language."""
    details = {"name": "", "format": "", "size_mb": "", "limit_mb": "", "kind": "",
               "limit_pages": ""}
    details.update(error.details)
    texts = {
        "old_format": QCoreApplication.translate(
            "DocumentErrors",
            "“{name}” is a {format} file, which InterviewDesk cannot read. "
            "Save it as PDF or DOCX and import that."),
        "unsupported": QCoreApplication.translate(
            "DocumentErrors",
            "“{name}” is not a PDF, DOCX or TXT file. Only those can be imported."),
        "missing": QCoreApplication.translate(
            "DocumentErrors", "“{name}” does not exist (any more)."),
        "unreadable": QCoreApplication.translate(
            "DocumentErrors",
            "“{name}” cannot be read. Check that it is not open in another program "
            "and that you may read it."),
        "too_large": QCoreApplication.translate(
            "DocumentErrors",
            "“{name}” is {size_mb} MB; the limit is {limit_mb} MB. A CV is rarely that "
            "large: export it again without embedded images."),
        "empty": QCoreApplication.translate("DocumentErrors", "“{name}” is empty."),
        "damaged": QCoreApplication.translate(
            "DocumentErrors",
            "“{name}” is damaged or not really a {kind} file, so its text cannot be read."),
        "encrypted": QCoreApplication.translate(
            "DocumentErrors",
            "“{name}” is protected with a password. Ask the candidate for an "
            "unprotected copy."),
        "scanned": QCoreApplication.translate(
            "DocumentErrors",
            "“{name}” holds only images of pages (a scan), no text. Ask the candidate "
            "for a PDF made from the original document, or paste the text in."),
        "no_text": QCoreApplication.translate("DocumentErrors", "“{name}” contains no text."),
        "too_many_pages": QCoreApplication.translate(
            "DocumentErrors",
            "“{name}” has more than {limit_pages} pages, the most InterviewDesk reads. "
            "Import only the pages that matter (save them as a new PDF), or paste the "
            "text in."),
        "too_complex": QCoreApplication.translate(
            "DocumentErrors",
            "“{name}” is built in a way that would take far more memory or time to read "
            "than any CV needs, so InterviewDesk did not read it. Ask the candidate for a "
            "plain PDF or DOCX, or paste the text in."),
    }
    template = texts.get(error.reason)
    return template.format(**details) if template else str(error)
