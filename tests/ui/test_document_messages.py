"""Every reason a document can fail for has a translated sentence naming the file."""

from pathlib import Path
from typing import get_args

import pytest

from interviewdesk.readers import DocumentError, extract_text
from interviewdesk.readers.errors import Reason
from interviewdesk.ui.document_messages import document_error_text


@pytest.mark.parametrize("reason", get_args(Reason))
def test_every_reason_has_its_own_sentence(reason: str, qapp: object) -> None:
    error = DocumentError("english", reason, name="cv.pdf", format="RTF", size_mb="21.0",
                          limit_mb="20", kind="PDF")  # type: ignore[arg-type]
    text = document_error_text(error)
    assert "cv.pdf" in text
    assert text != "english"
    assert "{" not in text


def test_real_error_is_explained(tmp_path: Path, qapp: object) -> None:
    path = tmp_path / "brief.pdf"
    path.write_bytes(b"%PDF-1.4 broken")
    with pytest.raises(DocumentError) as caught:
        extract_text(path)
    assert document_error_text(caught.value) == (
        "“brief.pdf” is damaged or not really a PDF file, so its text cannot be read."
    )
