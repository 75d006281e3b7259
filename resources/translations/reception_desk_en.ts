<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArrivalBoardPanel</name>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="352"/>
        <source>Search “%1”: %n party(ies) found</source>
        <translation>
            <numerusform>Search “%1”: %n party found</numerusform>
            <numerusform>Search “%1”: %n parties found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/hotline/conflicts_dialog.py" line="125"/>
        <source>%n pre-registration(s) waiting for the manager&apos;s decision</source>
        <translation>
            <numerusform>%n pre-registration waiting for the manager&apos;s decision</numerusform>
            <numerusform>%n pre-registrations waiting for the manager&apos;s decision</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/text.py" line="41"/>
        <source>%n party(ies)</source>
        <translation>
            <numerusform>%n party</numerusform>
            <numerusform>%n parties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/text.py" line="44"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersDialog</name>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/hotline/customers_dialog.py" line="219"/>
        <source>%n customer(s) found</source>
        <translation>
            <numerusform>%n customer found</numerusform>
            <numerusform>%n customers found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrinkOrderDialog</name>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/bar_desk/order_dialog.py" line="303"/>
        <source>Order: %1 (%n cup(s))</source>
        <translation>
            <numerusform>Order: %1 (%n cup)</numerusform>
            <numerusform>Order: %1 (%n cups)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HotlinePanel</name>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/hotline/panel.py" line="173"/>
        <source>%n call(s) on %1, %2 with a visit agreed</source>
        <translation>
            <numerusform>%n call on %1, %2 with a visit agreed</numerusform>
            <numerusform>%n calls on %1, %2 with a visit agreed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/hotline/import_dialog.py" line="171"/>
        <source>%n row(s) ready</source>
        <translation>
            <numerusform>%n row ready</numerusform>
            <numerusform>%n rows ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/hotline/import_dialog.py" line="199"/>
        <source>Imported %n pre-registration(s).</source>
        <translation>
            <numerusform>Imported %n pre-registration.</numerusform>
            <numerusform>Imported %n pre-registrations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/hotline/import_dialog.py" line="201"/>
        <source>%n flagged as conflict(s) for the manager (判客): row(s) %1.</source>
        <translation>
            <numerusform>%n flagged as a conflict for the manager (判客): row %1.</numerusform>
            <numerusform>%n flagged as conflicts for the manager (判客): rows %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/hotline/import_dialog.py" line="205"/>
        <source>%n row(s) added meanwhile by someone else: skipped.</source>
        <translation>
            <numerusform>%n row was added meanwhile by someone else: skipped.</numerusform>
            <numerusform>%n rows were added meanwhile by someone else: skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="211"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartyTableModel</name>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="173"/>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="211"/>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="244"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="206"/>
        <source>✎ %n remark(s)</source>
        <translation>
            <numerusform>✎ %n remark</numerusform>
            <numerusform>✎ %n remarks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinEntry</name>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/accounts/pin_dialog.py" line="115"/>
        <source>Wrong PIN, %n tries left.</source>
        <translation>
            <numerusform>Wrong PIN, %n try left.</numerusform>
            <numerusform>Wrong PIN, %n tries left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/print_preview.py" line="78"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/print_preview.py" line="149"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/rotation/model.py" line="205"/>
        <source>(%n parties)</source>
        <translation>
            <numerusform>(%n party)</numerusform>
            <numerusform>(%n parties)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/requests/actions.py" line="296"/>
        <source>Print %n requests</source>
        <translation>
            <numerusform>Print %n request</numerusform>
            <numerusform>Print %n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsPanel</name>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/requests/panel.py" line="313"/>
        <source>%n requests</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/requests/panel.py" line="329"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/privacy/retention_dialog.py" line="110"/>
        <source>%n customer(s) due.</source>
        <translation>
            <numerusform>%n customer due.</numerusform>
            <numerusform>%n customers due.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/privacy/retention_dialog.py" line="138"/>
        <source>Anonymised %n customer(s).</source>
        <translation>
            <numerusform>Anonymised %n customer.</numerusform>
            <numerusform>Anonymised %n customers.</numerusform>
        </translation>
    </message>
</context>
</TS>
