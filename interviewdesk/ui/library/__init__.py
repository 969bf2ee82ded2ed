"""The firm's library of competencies and questions in the interface: the picker
("Add from library…"), the library manager (File → Library…) and the vacancy
editor's "Save to library"."""
