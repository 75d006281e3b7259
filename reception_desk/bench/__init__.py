"""The benchmark suite (``make bench``, ``python -m reception_desk.bench``): not tests.

Each family measures one thing a person waits for on a database of several years
(start-up, a key's repaint, another PC's commit, a printed sheet, memory,
search) and reports it as a ratio to a baseline taken in the same run, since
the machines are noisy. Nothing here is imported by the app.
"""
