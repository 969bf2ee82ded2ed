"""Training for interviewers: calibration exercises (rate an example answer, then see
the reference and the colleagues' scores) and each interviewer's results over time."""
