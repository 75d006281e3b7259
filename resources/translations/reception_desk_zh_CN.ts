<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArrivalBoardPanel</name>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="59"/>
        <source>＋ Register arrival  (F2)</source>
        <translation>＋ 登记到访  (F2)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="66"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="70"/>
        <source>Search surname, phone or plate  (Ctrl+F)</source>
        <translation>搜索姓氏、电话或车牌  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="175"/>
        <source>&amp;Register arrival…</source>
        <translation>登记到访(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="181"/>
        <source>Next stage</source>
        <translation>下一环节</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="182"/>
        <source>Move the party one stage on</source>
        <translation>客户进入下一环节</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="183"/>
        <source>Seat…</source>
        <translation>入座…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="184"/>
        <source>Seat the party in a VIP room or at a table</source>
        <translation>安排客户在VIP室或洽谈区入座</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="185"/>
        <source>Stage…</source>
        <translation>环节…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="186"/>
        <source>Move the party to any stage</source>
        <translation>将客户移到任意环节</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="187"/>
        <source>Departed</source>
        <translation>离开</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="188"/>
        <source>The party has left</source>
        <translation>客户已离开</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="189"/>
        <source>Undo move</source>
        <translation>撤销上一步</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="190"/>
        <source>Undo the party&apos;s last stage move</source>
        <translation>撤销客户上一次的环节变更</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="191"/>
        <source>Consultant…</source>
        <translation>顾问…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="193"/>
        <source>Set the receiving consultant</source>
        <translation>设置接待的置业顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="194"/>
        <source>Invalid…</source>
        <translation>无效接待…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="195"/>
        <source>Mark an invalid reception (competitor, asking the way, …)</source>
        <translation>标记为无效接待（同行调研、问路等）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="197"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="198"/>
        <source>Correct the party&apos;s details</source>
        <translation>修改客户信息</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="199"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="247"/>
        <source>Search “%1”: %n party(ies) found</source>
        <translation>
            <numerusform>搜索“%1”：找到%n组</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="263"/>
        <source>In the building: %1 parties, %2 people</source>
        <translation>在场：%1组，%2人</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="265"/>
        <source>Today, left: %1 parties</source>
        <translation>今日已离开：%1组</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="268"/>
        <source>Not seen out: %1 parties</source>
        <translation>未登记离开：%1组</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="270"/>
        <source>Left on %1: %2 parties</source>
        <translation>%1 已离开：%2组</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="356"/>
        <source>Arrival board</source>
        <translation>到访看板</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="414"/>
        <source>another party</source>
        <translation>其他客户</translation>
    </message>
</context>
<context>
    <name>BarWindow</name>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="104"/>
        <source>Water bar — %1</source>
        <translation>水吧 — %1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="125"/>
        <source>No guests seated right now.</source>
        <translation>目前没有入座的客户。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="128"/>
        <source>Drink orders with serve timers will appear here when the water-bar feature is installed.</source>
        <translation>水吧功能上线后，这里将显示饮品订单和出品计时。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="158"/>
        <source>Seated now: %1 tables, %2 guests</source>
        <translation>当前入座：%1桌，%2人</translation>
    </message>
</context>
<context>
    <name>ChoiceDialog</name>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="76"/>
        <source>%1 — taken by %2</source>
        <translation>%1 — 已被%2占用</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="81"/>
        <source>Seat the party</source>
        <translation>安排入座</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="82"/>
        <source>Where does the party sit?</source>
        <translation>客户在哪里入座？</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="87"/>
        <source>Move to stage</source>
        <translation>移到环节</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="88"/>
        <source>Move the party to:</source>
        <translation>将客户移到：</translation>
    </message>
</context>
<context>
    <name>ConsultantDialog</name>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="98"/>
        <source>Consultant</source>
        <translation>置业顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="110"/>
        <source>Consultant receiving this party:</source>
        <translation>接待该客户的置业顾问：</translation>
    </message>
</context>
<context>
    <name>DemoLoader</name>
    <message>
        <location filename="../../reception_desk/ui/demo_loader.py" line="53"/>
        <source>Writing demo data…</source>
        <translation>正在写入演示数据…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/demo_loader.py" line="81"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
</context>
<context>
    <name>DeskApp</name>
    <message>
        <location filename="../../reception_desk/app.py" line="140"/>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../../reception_desk/app.py" line="141"/>
        <source>The database is empty. Fill it with demo data (two weeks of realistic visits) to try the board out?
You can start with real data instead; demo data is marked and can be replaced later.</source>
        <translation>数据库是空的。要填入演示数据（两周的模拟到访记录）来试用看板吗？
也可以直接录入真实数据；演示数据带有标记，之后可以替换。</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <location filename="../../reception_desk/ui/status_bar.py" line="42"/>
        <source>Today: %1 parties · %2 people · in the building now: %3 parties, %4 people</source>
        <translation>今日：%1组 · %2人 · 当前在场：%3组，%4人</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../reception_desk/ui/errors.py" line="38"/>
        <source>Something went wrong: %1.
Nothing from that action was saved; you can carry on working.
Details are in the log: %2</source>
        <translation>出错了：%1。
该操作的内容均未保存，可以继续工作。
详细信息见日志：%2</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/errors.py" line="52"/>
        <source>Reception Desk</source>
        <translation>Reception Desk</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="69"/>
        <location filename="../../reception_desk/ui/export_dialog.py" line="97"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="83"/>
        <source>file name ending in .xlsx or .csv</source>
        <translation>以 .xlsx 或 .csv 结尾的文件名</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="84"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="103"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="104"/>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="105"/>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="106"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="120"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="121"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="130"/>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="134"/>
        <source>The start date is after the end date.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="137"/>
        <source>The folder does not exist: %1</source>
        <translation>文件夹不存在：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="163"/>
        <source>Exported %1 rows to %2</source>
        <translation>已导出%1行到 %2</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="171"/>
        <source>Nothing was exported: %1</source>
        <translation>未导出任何内容：%1</translation>
    </message>
</context>
<context>
    <name>Honorific</name>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="20"/>
        <source>Mr</source>
        <translation>先生</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="21"/>
        <source>Ms</source>
        <translation>女士</translation>
    </message>
</context>
<context>
    <name>InvalidDialog</name>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="127"/>
        <source>Invalid reception</source>
        <translation>无效接待</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="130"/>
        <source>— not invalid (clear the mark) —</source>
        <translation>— 非无效接待（清除标记）—</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="144"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="145"/>
        <source>Details</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>InvalidReason</name>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="48"/>
        <source>Competitor survey</source>
        <translation>同行调研</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="49"/>
        <source>Asking the way</source>
        <translation>问路</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="50"/>
        <source>Looking for someone</source>
        <translation>找人</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="51"/>
        <source>Delivery</source>
        <translation>送货</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="52"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="41"/>
        <source>Arrival board</source>
        <extracomment>A --screenshot run must not overwrite the person&apos;s saved layout.</extracomment>
        <translation>到访看板</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="43"/>
        <source>Consultant rotation</source>
        <translation>轮接</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="44"/>
        <source>Consultant rotation: who receives the next new customer and who is on deck — arrives with the rotation feature.</source>
        <translation>轮接：第一序列（接待下一组新客户）和第二序列的置业顾问 — 轮接功能上线后提供。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="47"/>
        <source>Water bar</source>
        <translation>水吧</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="48"/>
        <source>Water bar: drink orders with 3-minute serve timers and refill rounds — arrives with the water-bar feature.</source>
        <translation>水吧：饮品订单、3分钟出品计时和续杯巡台 — 水吧功能上线后提供。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="51"/>
        <source>Reception requests</source>
        <translation>接待申请</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="52"/>
        <source>Reception requests: business-visit applications and approvals — arrive with the reception-request feature.</source>
        <translation>接待申请：商务来访的申请与审批 — 接待申请功能上线后提供。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="83"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="84"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="88"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="93"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="98"/>
        <source>&amp;Party</source>
        <translation>客户(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="102"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="106"/>
        <source>&amp;Reset layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="110"/>
        <source>&amp;Window</source>
        <translation>窗口(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="111"/>
        <source>Open &amp;bar window</source>
        <translation>打开水吧窗口(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="116"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="117"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="121"/>
        <source>&amp;About Reception Desk</source>
        <translation>关于 Reception Desk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="171"/>
        <source>Register an arrival</source>
        <translation>登记到访</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="172"/>
        <source>Enter</source>
        <translation>回车</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="172"/>
        <source>Save the form</source>
        <translation>保存表单</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="173"/>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="173"/>
        <source>Selected party: next stage</source>
        <translation>选中的客户进入下一环节</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="174"/>
        <source>Seat the party</source>
        <translation>安排入座</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="175"/>
        <source>Move to any stage</source>
        <translation>移到任意环节</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="176"/>
        <source>The party has left</source>
        <translation>客户已离开</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="177"/>
        <source>Undo the party&apos;s last move</source>
        <translation>撤销客户的上一步</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="178"/>
        <source>Set the consultant</source>
        <translation>设置置业顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="179"/>
        <source>Edit the party</source>
        <translation>编辑客户信息</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="180"/>
        <source>Mark an invalid reception</source>
        <translation>标记无效接待</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="181"/>
        <source>Search by surname, phone or plate</source>
        <translation>按姓氏、电话或车牌搜索</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="182"/>
        <source>Open the bar window</source>
        <translation>打开水吧窗口</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="183"/>
        <source>Export data to Excel or CSV</source>
        <translation>导出数据到 Excel 或 CSV</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="184"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="185"/>
        <source>This list</source>
        <translation>本列表</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="189"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="192"/>
        <source>About Reception Desk</source>
        <translation>关于 Reception Desk</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="193"/>
        <source>Reception Desk %1
Front-desk software for a sales office.
Database: %2</source>
        <translation>Reception Desk %1
售楼处前台接待软件。
数据库：%2</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="202"/>
        <source>Reception Desk — %1</source>
        <translation>Reception Desk — %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="99"/>
        <source>Enter the surname, e.g. 王.</source>
        <extracomment>The consultant&apos;s name as stored (the column holds 40 characters).</extracomment>
        <translation>请输入姓氏，例如：王。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="102"/>
        <source>The surname is too long (at most {max} characters).</source>
        <translation>姓氏太长（最多{max}个字）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="105"/>
        <source>The surname cannot contain digits.</source>
        <translation>姓氏不能包含数字。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="108"/>
        <source>Party size must be between 1 and {max}.</source>
        <translation>来访人数须在1到{max}之间。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="112"/>
        <source>Choose how they heard of the project.</source>
        <translation>请选择认知渠道。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="115"/>
        <source>“{channel}” is not in the channel list; pick one from the list.</source>
        <translation>“{channel}”不在渠道列表中，请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="122"/>
        <source>Not a valid phone number: use an 11-digit mobile (138 1234 5678) or a landline with area code (010-12345678).</source>
        <translation>电话号码无效：请输入11位手机号（138 1234 5678）或带区号的座机号（010-12345678）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="130"/>
        <source>Not a valid plate: province character, letter, then 5-6 letters or digits (京A12345).</source>
        <translation>车牌号无效：应为省份简称加字母，再加5～6位字母或数字（如京A12345）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="137"/>
        <location filename="../../reception_desk/services/arrivals.py" line="263"/>
        <location filename="../../reception_desk/services/arrivals.py" line="279"/>
        <source>Too long: at most {max} characters.</source>
        <translation>内容太长：最多{max}个字符。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="81"/>
        <source>Enter the site name.</source>
        <extracomment>A party not received by a consultant within this many minutes is flagged. How long the arrival notice stays on screen. Place and channel names are stored with each party in 40-character columns.</extracomment>
        <translation>请输入案场名称。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="86"/>
        <source>Unknown time zone “{zone}”; use a name such as Asia/Shanghai.</source>
        <translation>未知时区“{zone}”，请使用 Asia/Shanghai 这样的名称。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="91"/>
        <source>List at least one place where parties can sit.</source>
        <translation>请至少填写一个可入座的位置。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="95"/>
        <source>List at least one channel.</source>
        <translation>请至少填写一个渠道。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="100"/>
        <source>“{name}” is too long (at most {max} characters).</source>
        <translation>“{name}”太长（最多{max}个字符）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="104"/>
        <source>The waiting alert must be between 1 and 60 minutes.</source>
        <translation>未接待提醒时间须在1到60分钟之间。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="108"/>
        <source>The arrival notice must show for 2 to 60 seconds.</source>
        <translation>到访通知须显示2到60秒。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/stages.py" line="48"/>
        <source>The party has already left.</source>
        <extracomment>Stages in which nobody has received the party yet (the wait alarm runs).</extracomment>
        <translation>客户已离开。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/stages.py" line="56"/>
        <source>The party has already left; undo the departure first.</source>
        <translation>客户已离开，请先撤销离开。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/stages.py" line="61"/>
        <source>The party is already at that stage.</source>
        <translation>客户已处于该环节。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/arrivals.py" line="50"/>
        <location filename="../../reception_desk/services/arrivals.py" line="63"/>
        <source>That party is no longer on the board (deleted on another PC?).</source>
        <translation>该客户已不在看板上（可能已在其他电脑上删除）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/arrivals.py" line="185"/>
        <source>Choose where the party sits.</source>
        <translation>请选择客户入座的位置。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/arrivals.py" line="188"/>
        <source>“{place}” is not one of the site&apos;s places.</source>
        <translation>“{place}”不是本案场设置的位置。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/arrivals.py" line="199"/>
        <source>{place} is taken by {name}.</source>
        <translation>{place}已被{name}占用。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/arrivals.py" line="217"/>
        <source>{place} was just taken on another PC; choose another place.</source>
        <translation>{place}刚在其他电脑上被占用，请选择其他位置。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/arrivals.py" line="230"/>
        <source>There is no move to undo for this party.</source>
        <translation>该客户没有可撤销的操作。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/arrivals.py" line="235"/>
        <source>Cannot undo: {place} is now taken by {name}.</source>
        <translation>无法撤销：{place}现已被{name}占用。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/arrivals.py" line="260"/>
        <source>Say what the visit was, since the reason is “Other”.</source>
        <translation>原因为“其他”时，请说明来访情况。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/demo.py" line="45"/>
        <source>The database already holds {count} real visits; demo data would mix with them. Use another database, or force it if you are sure.</source>
        <translation>数据库中已有{count}条真实到访记录，演示数据会与之混在一起。请换用其他数据库；如确定无误，也可强制填入。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/demo.py" line="95"/>
        <source>Demo data covers 1 to {max} days.</source>
        <translation>演示数据可覆盖1到{max}天。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export.py" line="55"/>
        <source>There is no export called “{name}”; available: {known}.</source>
        <translation>没有名为“{name}”的导出；可用的有：{known}。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export.py" line="64"/>
        <source>Unsupported export format “{fmt}”; use csv or xlsx.</source>
        <translation>不支持导出格式“{fmt}”，请使用 csv 或 xlsx。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export.py" line="71"/>
        <source>The start date {start} is after the end date {end}.</source>
        <translation>开始日期 {start} 晚于结束日期 {end}。</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/notice.py" line="30"/>
        <source>Appointment customer %1 has arrived, %n person(s)</source>
        <translation>
            <numerusform>预约客户%1到访，%n位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/notice.py" line="33"/>
        <source>Walk-in customer %1 has arrived, %n person(s)</source>
        <translation>
            <numerusform>自然到访客户%1到访，%n位</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/notice.py" line="37"/>
        <source> · returning customer</source>
        <translation> · 老客户</translation>
    </message>
</context>
<context>
    <name>PartyEntryDialog</name>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="47"/>
        <source>Register arrival</source>
        <translation>登记到访</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="48"/>
        <source>Edit party</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="54"/>
        <source>e.g. 王</source>
        <translation>例如：王</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="74"/>
        <source> people</source>
        <translation>位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="94"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="98"/>
        <source>optional · 138 1234 5678 or 010-12345678</source>
        <translation>选填 · 138 1234 5678 或 010-12345678</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="108"/>
        <source>optional · 粤B12345</source>
        <translation>选填 · 粤B12345</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="113"/>
        <source>for the posts: grey coat, with a child, white SUV…</source>
        <translation>便于各岗位辨认：灰色外套、带小孩、白色SUV…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="122"/>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="127"/>
        <source>&amp;Surname</source>
        <translation>姓氏(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="128"/>
        <source>Party si&amp;ze</source>
        <translation>人数(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="129"/>
        <source>Type</source>
        <translation>到访类型</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="130"/>
        <source>C&amp;hannel</source>
        <translation>认知渠道(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="131"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="133"/>
        <source>P&amp;late</source>
        <translation>车牌(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="134"/>
        <source>&amp;Description</source>
        <translation>特征(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="136"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="137"/>
        <source>&amp;Consultant</source>
        <translation>置业顾问(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="151"/>
        <source>Enter saves · Esc cancels</source>
        <translation>回车保存 · Esc 取消</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="206"/>
        <source>★ Returning customer — earlier visits:</source>
        <translation>★ 老客户 — 以往到访：</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="209"/>
        <source>no consultant recorded</source>
        <translation>未记录顾问</translation>
    </message>
</context>
<context>
    <name>PartyTableModel</name>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="63"/>
        <source>No.</source>
        <extracomment>The day the board shows; arrivals from other days carry their date.</extracomment>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="63"/>
        <source>Arrived</source>
        <translation>到访时间</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="64"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="64"/>
        <source>Size</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="68"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="68"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="65"/>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="65"/>
        <source>In stage</source>
        <translation>环节用时</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="66"/>
        <source>In building</source>
        <translation>在场时长</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="67"/>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="67"/>
        <source>Consultant</source>
        <translation>顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="66"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="69"/>
        <source>Description / note</source>
        <translation>特征 / 备注</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="137"/>
        <source>★ returning</source>
        <translation>★ 老客户</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="139"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n位</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="163"/>
        <source>Invalid: %1</source>
        <translation>无效接待：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="165"/>
        <source>⚠ Waiting %1, not received</source>
        <translation>⚠ 等待 %1 未接待</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="168"/>
        <source>Waiting for a consultant</source>
        <translation>等待顾问接待</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="171"/>
        <source>From an earlier day</source>
        <translation>非今日到访</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="179"/>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="181"/>
        <source>Plate: %1</source>
        <translation>车牌：%1</translation>
    </message>
</context>
<context>
    <name>SeatedModel</name>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="43"/>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="43"/>
        <source>Guest</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="43"/>
        <source>Size</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="43"/>
        <source>Seated at</source>
        <translation>入座时间</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="44"/>
        <source>Seated for</source>
        <translation>入座时长</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/bar_window.py" line="76"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="34"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="46"/>
        <source> min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="50"/>
        <source> s</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="55"/>
        <source>Site (shared by every PC)</source>
        <translation>案场（所有电脑共用）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="57"/>
        <source>Site name</source>
        <translation>案场名称</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="58"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="59"/>
        <source>Places (one per line)</source>
        <translation>入座位置（每行一个）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="61"/>
        <source>Channels (one per line)</source>
        <translation>认知渠道（每行一个）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="63"/>
        <source>Flag a party not received after</source>
        <translation>未接待超时提醒</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="65"/>
        <source>Show the arrival notice for</source>
        <translation>到访通知显示时长</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="70"/>
        <source>This PC</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="77"/>
        <source>Play a sound on arrivals</source>
        <translation>客户到访时播放提示音</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="79"/>
        <source>Language (after restart)</source>
        <translation>语言（重启后生效）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="123"/>
        <source>The new language shows after a restart.</source>
        <translation>新语言将在重启后生效。</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../reception_desk/domain/stages.py" line="31"/>
        <source>At the gate</source>
        <translation>到达门岗</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/stages.py" line="32"/>
        <source>Parked</source>
        <translation>停车</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/stages.py" line="33"/>
        <source>Greeted at door</source>
        <translation>门口迎宾</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/stages.py" line="34"/>
        <source>With consultant</source>
        <translation>顾问接待</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/stages.py" line="35"/>
        <source>Sand table</source>
        <translation>沙盘讲解</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/stages.py" line="36"/>
        <source>Seated</source>
        <translation>入座洽谈</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/stages.py" line="37"/>
        <source>Show flat tour</source>
        <translation>参观样板房</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/stages.py" line="38"/>
        <source>Departed</source>
        <translation>离开</translation>
    </message>
</context>
<context>
    <name>VisitKind</name>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="34"/>
        <source>Walk-in</source>
        <extracomment>The Chinese forms are what the posts say on the radio and what prints.</extracomment>
        <translation>自然到访</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="35"/>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
</context>
</TS>
