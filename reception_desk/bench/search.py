"""Search on the history database: the board's filter and the customer search.

The board: typing in its search box (surname, phone digits, plate) reloads the
board with matches from every day; timed from the text to the repaint (the 200 ms
typing pause is left out). The customer search (hotline, Customers…): pinyin
initials, name and phone digits, timed from Enter to the repaint of the dialog.
The baseline is the service's query alone.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from .harness import open_desk
from .stats import ratio, summary

#: Board queries: surnames, phone fragments, a plate fragment, a miss.
BOARD_QUERIES = ("王", "李", "1380", "5678", "139", "京A", "张", "0001", "没有这个人")
#: Customer queries: pinyin initials, a name, phone digits.
CUSTOMER_QUERIES = ("zw", "wf", "lj", "王", "陈", "1391", "8888", "138", "zzz")


def _service_times(call: Callable[[str], object], queries: tuple[str, ...],
                   repeat: int) -> list[float]:
    times: list[float] = []
    for _ in range(repeat):
        for query in queries:
            start = time.perf_counter()
            call(query)
            times.append(time.perf_counter() - start)
    return times


def search(db_url: str, repeat: int) -> dict[str, object]:
    from ..ui.hotline.customers_dialog import CustomersDialog

    desk, repaints = open_desk(db_url, with_bar=False)
    board = desk.main.board
    services = desk.services
    board_times: list[float] = []
    customer_times: list[float] = []
    try:
        def board_search(query: str) -> None:
            board.search.setText(query)
            board.reload()

        board_search("王")  # warm up
        board_search("")
        for _ in range(repeat):
            for query in BOARD_QUERIES:
                board_times.append(repaints.after(lambda q=query: board_search(q))[0])
                board_search("")
                repaints.settle()
        dialog = CustomersDialog(services, desk.main)
        dialog.show()
        repaints.settle()
        if dialog.preparing is not None:  # its warm-up, done aside while a person types
            dialog.preparing.join()
        for _ in range(repeat):
            for query in CUSTOMER_QUERIES:
                dialog.search.setText(query)
                seconds, _ = repaints.after(
                    lambda: QTest.keyClick(dialog.search, Qt.Key.Key_Return))
                customer_times.append(seconds)
        dialog.close()
        board_base = _service_times(services.arrivals.search, BOARD_QUERIES, repeat)
        customer_base = _service_times(services.customers.search, CUSTOMER_QUERIES, repeat)
    finally:
        desk.close()
    board_ui, board_q = summary(board_times), summary(board_base)
    cust_ui, cust_q = summary(customer_times), summary(customer_base)
    return {
        "board": {"ui": board_ui, "query": board_q,
                  "ratio_p95": ratio(board_ui["p95_ms"], board_q["p95_ms"])},
        "customers": {"ui": cust_ui, "query": cust_q,
                      "ratio_p95": ratio(cust_ui["p95_ms"], cust_q["p95_ms"])},
        "goal_p95_ms": 50.0,
    }
