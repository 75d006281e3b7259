<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArrivalBoardPanel</name>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="76" />
        <source>＋ Register arrival  (F2)</source>
        <translation>＋ 登记到访  (F2)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="83" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="87" />
        <source>Search surname, phone or plate  (Ctrl+F)</source>
        <translation>搜索姓氏、电话或车牌  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="195" />
        <source>&amp;Register arrival…</source>
        <translation>登记到访(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="201" />
        <source>Next stage</source>
        <translation>下一环节</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="202" />
        <source>Move the party one stage on</source>
        <translation>客户进入下一环节</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="203" />
        <source>Seat…</source>
        <translation>入座…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="204" />
        <source>Seat the party in a VIP room or at a table</source>
        <translation>安排客户在VIP室或洽谈区入座</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="205" />
        <source>Stage…</source>
        <translation>环节…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="206" />
        <source>Move the party to any stage</source>
        <translation>将客户移到任意环节</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="207" />
        <source>Departed</source>
        <translation>离开</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="208" />
        <source>The party has left</source>
        <translation>客户已离开</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="209" />
        <source>Undo move</source>
        <translation>撤销上一步</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="210" />
        <source>Undo the party's last stage move</source>
        <translation>撤销客户上一次的环节变更</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="212" />
        <source>Assign up consultant</source>
        <translation>分配第一序列</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="213" />
        <source>Give the party to the consultant whose turn it is (a returning customer to their owner)</source>
        <translation>把客户分给轮到的置业顾问（老客户分给其归属顾问）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="215" />
        <source>Consultant…</source>
        <translation>顾问…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="217" />
        <source>Set the receiving consultant</source>
        <translation>设置接待的置业顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="218" />
        <source>Invalid…</source>
        <translation>无效接待…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="219" />
        <source>Mark an invalid reception (competitor, asking the way, …)</source>
        <translation>标记为无效接待（同行调研、问路等）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="221" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="222" />
        <source>Correct the party's details</source>
        <translation>修改客户信息</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="223" />
        <source>Drinks…</source>
        <translation>点饮品…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="225" />
        <source>Order drinks for the party's table</source>
        <translation>为该客户点饮品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="226" />
        <source>Remark…</source>
        <translation>客户意见…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="228" />
        <source>Note a customer's remark (客户意见)</source>
        <translation>记录客户意见</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="229" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="279" />
        <source>Search “%1”: %n party(ies) found</source>
        <translation>
            <numerusform>搜索“%1”：找到%n组</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="296" />
        <source>In the building: %1 parties, %2 people</source>
        <translation>在场：%1组，%2人</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="298" />
        <source>Today, left: %1 parties</source>
        <translation>今日已离开：%1组</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="301" />
        <source>Not seen out: %1 parties</source>
        <translation>未登记离开：%1组</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="303" />
        <source>Left on %1: %2 parties</source>
        <translation>%1 已离开：%2组</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/assigning.py" line="32" />
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="397" />
        <source>Arrival board</source>
        <translation>到访看板</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="461" />
        <source>another party</source>
        <translation>其他客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/assigning.py" line="43" />
        <source>No consultant is signed in today: sign consultants in on the rotation panel, or type a name with Consultant… (F3).</source>
        <translation>今天还没有顾问签到：请在轮接面板为顾问签到，或用“顾问…”(F3) 输入姓名。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/assigning.py" line="52" />
        <source>%1 is already with %2. To give the party to someone else, use Consultant… (F3).</source>
        <translation>%1已由%2接待。如需改由其他顾问接待，请用“顾问…”(F3)。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/assigning.py" line="58" />
        <source>Nobody is free to receive %1: every consultant on duty is receiving or away.</source>
        <translation>没有空闲顾问接待%1：在岗顾问都在接待中或不在岗。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/assigning.py" line="98" />
        <source>%1 has already left.</source>
        <translation>%1已离开。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/assigning.py" line="108" />
        <source>Who receives %1?</source>
        <translation>由谁接待%1？</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/assigning.py" line="113" />
        <source>Proposed: %1 — %2</source>
        <translation>建议：%1 — %2</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/assigning.py" line="118" />
        <source>Consultant</source>
        <translation>置业顾问</translation>
    </message>
</context>
<context>
    <name>AssignMode</name>
    <message>
        <location filename="../../reception_desk/domain/rotation.py" line="80" />
        <source>In turn</source>
        <translation>按序</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/rotation.py" line="81" />
        <source>Fill-in</source>
        <translation>补位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/rotation.py" line="82" />
        <source>Returning customer</source>
        <translation>老客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/rotation.py" line="83" />
        <source>Stand-in for owner</source>
        <translation>代接</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/rotation.py" line="84" />
        <source>Manager override</source>
        <translation>经理指定</translation>
    </message>
</context>
<context>
    <name>BarDeskPanel</name>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/panel.py" line="95" />
        <source>No drinks waiting. Select a party on the arrival board and press D to order.</source>
        <extracomment>The "served at the bar" line shows this long after a bump. A row was double-clicked: the party's id, for the board to select it. When the list must be read again without an event (a refill falls due, a served order ages out).</extracomment>
        <translation>暂无待上饮品。在到访看板上选中客户，按 D 点单。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/panel.py" line="105" />
        <source>At the tables</source>
        <translation>桌边服务</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/panel.py" line="120" />
        <source>Drinks for the selected party…</source>
        <extracomment>The board's "Drinks…" action, set by the main window (D on the board).</extracomment>
        <translation>为选中的客户点饮品…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/panel.py" line="249" />
        <source>Waiting: %1</source>
        <translation>待上：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/panel.py" line="251" />
        <source>⚠ late: %1</source>
        <translation>⚠ 超时：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/panel.py" line="253" />
        <source>refills due: %1</source>
        <translation>待续杯：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/panel.py" line="255" />
        <source>tables to clear: %1</source>
        <translation>待清台：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/panel.py" line="257" />
        <source>low stock: %1</source>
        <translation>库存不足：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/panel.py" line="274" />
        <source>✓ Served at the bar %1: %2 %3 — %4 (%5)</source>
        <translation>✓ 水吧 %1 已出品：%2 %3 — %4（%5）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/panel.py" line="284" />
        <source>Refill round · %1 %2 · due %3 ago</source>
        <translation>续杯巡台 · %1 %2 · 已逾时 %3</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/panel.py" line="290" />
        <source>Clear the table · %1</source>
        <translation>清台 · %1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/panel.py" line="292" />
        <source>(%1 left)</source>
        <translation>（%1已离开）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/panel.py" line="297" />
        <source>Next refill round · %1 %2 at %3</source>
        <translation>下次续杯巡台 · %1 %2 · %3</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/panel.py" line="327" />
        <source>Low stock (%1): %2</source>
        <translation>库存不足（%1）：%2</translation>
    </message>
</context>
<context>
    <name>BarMenu</name>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_menu.py" line="30" />
        <source>&amp;Bar</source>
        <translation>水吧(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_menu.py" line="41" />
        <source>&amp;Menu…</source>
        <translation>饮品单(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_menu.py" line="42" />
        <source>&amp;Stock…</source>
        <translation>库存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_menu.py" line="43" />
        <source>&amp;Goods in…</source>
        <translation>入库(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_menu.py" line="45" />
        <source>&amp;Closing count…</source>
        <translation>清点物耗(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_menu.py" line="47" />
        <source>Print &amp;requisition…</source>
        <translation>打印物资领用申请(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_menu.py" line="50" />
        <source>Bar s&amp;tatistics…</source>
        <translation>水吧统计(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_menu.py" line="65" />
        <source>Closing count time: count the bar's stock.</source>
        <translation>到清点物耗时间了：请清点水吧库存。</translation>
    </message>
</context>
<context>
    <name>BarOrdersModel</name>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/model.py" line="91" />
        <source>Waiting</source>
        <translation>计时</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/model.py" line="91" />
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/model.py" line="91" />
        <source>Guest</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/model.py" line="91" />
        <source>Drinks</source>
        <translation>饮品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/model.py" line="167" />
        <source>A new cup from a refill round</source>
        <translation>续杯巡台时换的新饮品</translation>
    </message>
</context>
<context>
    <name>BarStatsDialog</name>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="48" />
        <source>Bar statistics</source>
        <translation>水吧统计</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="55" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="55" />
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="56" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="56" />
        <source>Custom dates</source>
        <translation>自定义日期</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="68" />
        <source>&amp;Period</source>
        <translation>时间段(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="73" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="75" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="83" />
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="84" />
        <source>Drinks ordered</source>
        <translation>饮品杯数</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="85" />
        <source>Orders served</source>
        <translation>已出品订单</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="86" />
        <source>Median time to serve</source>
        <translation>出品用时中位数</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="87" />
        <source>90% served within</source>
        <translation>90%订单出品用时不超过</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="88" />
        <source>Served within the promise</source>
        <translation>按时出品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="89" />
        <source>Refills per party</source>
        <translation>每组客户平均续杯</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="90" />
        <source>New cups at refill rounds</source>
        <translation>续杯巡台换新饮品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="103" />
        <source>Stock item</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="103" />
        <source>Used by serving</source>
        <translation>出品消耗</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="103" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="110" />
        <source>Consumption (serving minus recalls)</source>
        <translation>物耗（出品减撤回）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="180" />
        <source>The start date is after the end date.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="193" />
        <source>%1% (%2 of %3; %4 late)</source>
        <translation>%1%（%3单中按时%2单，超时%4单）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="198" />
        <source>%1 (%2 refills, %3 parties)</source>
        <translation>%1（续杯%2次，%3组客户）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="212" />
        <source>Time to serve runs from ordering to serving, over served orders; the promise is %1 minutes. A refill is the same cup topped up; a different drink at a refill round is a new cup and a new order.</source>
        <translation>出品用时指从点单到出品的时间，只统计已出品的订单；承诺时限为%1分钟。续杯指原杯加满；续杯巡台时换成其他饮品，算作新的一杯、新的订单。</translation>
    </message>
</context>
<context>
    <name>BarTimer</name>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/model.py" line="50" />
        <source>late</source>
        <extracomment>"in_time", "amber", "late" for an open order, "served" for a served one.</extracomment>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/model.py" line="52" />
        <source>due soon</source>
        <translation>快到时</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/model.py" line="53" />
        <source>in time</source>
        <translation>计时中</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/model.py" line="59" />
        <location filename="../../reception_desk/ui/bar_desk/panel.py" line="172" />
        <source>served in %1</source>
        <translation>出品用时 %1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/model.py" line="62" />
        <source>, late</source>
        <translation>，超时</translation>
    </message>
</context>
<context>
    <name>BarWindow</name>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="142" />
        <source>choose order</source>
        <extracomment>The late cards' background alternates with this phase (every 500 ms).</extracomment>
        <translation>选择订单</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="142" />
        <source>served</source>
        <translation>已上</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="143" />
        <source>recall</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="143" />
        <source>refill round</source>
        <translation>续杯巡台</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="144" />
        <source>table cleared</source>
        <translation>已清台</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="144" />
        <source>new order</source>
        <translation>新点单</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="145" />
        <source>mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="145" />
        <source>remark</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="146" />
        <source>full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="188" />
        <source>Orders — oldest first</source>
        <translation>待上饮品（先点先上）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="203" />
        <location filename="../../reception_desk/ui/bar_window.py" line="387" />
        <source>No drinks waiting.</source>
        <translation>暂无待上饮品。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="217" />
        <source>Served   (Space)</source>
        <translation>已上（空格）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="219" />
        <source>Recall last   (Backspace)</source>
        <translation>撤回上一杯（退格）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="221" />
        <source>New order   (N)</source>
        <translation>新点单 (N)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="223" />
        <source>Remark   (K)</source>
        <translation>客户意见 (K)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="285" />
        <source>%1 · Water bar</source>
        <translation>%1 · 水吧</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="286" />
        <source>Water bar — %1</source>
        <translation>水吧 — %1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="334" />
        <source>Waiting %1</source>
        <translation>待上 %1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="335" />
        <source>Late %1</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="336" />
        <source>Refills %1</source>
        <translation>续杯 %1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="337" />
        <source>Tables %1</source>
        <translation>清台 %1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="392" />
        <source>Served: %1 %2 — Backspace takes it back.</source>
        <translation>已上：%1 %2 — 按退格键可撤回。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="401" />
        <source>Back in the queue: %1 %2</source>
        <translation>已撤回，重新排队：%1 %2</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="413" />
        <source>No refill round due.</source>
        <translation>暂无待续杯。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="431" />
        <source>%1: refilled.</source>
        <translation>%1：已续杯。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="432" />
        <source>%1: no refill wanted.</source>
        <translation>%1：不需要续杯。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="437" />
        <source>New cup for %1 %2</source>
        <translation>为%1 %2换新饮品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="448" />
        <source>%1: new cup ordered.</source>
        <translation>%1：新饮品已下单。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="468" />
        <source>No party is seated now.</source>
        <translation>目前没有已入座的客户。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="481" />
        <source>New order — choose the table</source>
        <translation>新点单 — 选择桌位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="486" />
        <source>No drink is available.</source>
        <translation>暂无可供应的饮品。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="488" />
        <source>New order for %1</source>
        <translation>为%1新点单</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="499" />
        <source>%1: ordered.</source>
        <translation>%1：已下单。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="510" />
        <source>Remark — choose the table</source>
        <translation>客户意见 — 选择桌位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="517" />
        <source>%1: remark noted.</source>
        <translation>%1：客户意见已记录。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="524" />
        <source>No table to clear.</source>
        <translation>暂无待清台。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="532" />
        <source>%1 is clear.</source>
        <translation>%1已清台。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="538" />
        <source>Sound off: late orders still flash.</source>
        <translation>已静音：超时订单仍会闪烁。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="539" />
        <source>Sound on.</source>
        <translation>声音已打开。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="542" />
        <source>Muted (M)</source>
        <translation>已静音 (M)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_window.py" line="543" />
        <source>Sound on (M)</source>
        <translation>声音开 (M)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/orders_model.py" line="50" />
        <source>Late</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/orders_model.py" line="52" />
        <source>Due soon</source>
        <translation>快到时</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/orders_model.py" line="53" />
        <source>In time</source>
        <translation>计时中</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/orders_model.py" line="69" />
        <source>Fill to %1</source>
        <translation>倒至 %1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/orders_model.py" line="119" />
        <source>Refill round · new cup</source>
        <translation>续杯巡台 · 新饮品</translation>
    </message>
</context>
<context>
    <name>ChoiceDialog</name>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="168" />
        <source>%1 — taken by %2</source>
        <translation>%1 — 已被%2占用</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="173" />
        <source>Seat the party</source>
        <translation>安排入座</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="174" />
        <source>Where does the party sit?</source>
        <translation>客户在哪里入座？</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="179" />
        <source>Move to stage</source>
        <translation>移到环节</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="180" />
        <source>Move the party to:</source>
        <translation>将客户移到：</translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="285" />
        <source>Closing count</source>
        <translation>清点物耗</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="295" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="301" />
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="326" />
        <source>Type what is on the shelf in the Counted column (Enter moves to the next item); it starts at the expected quantity. Variance = counted − expected.</source>
        <translation>在“实盘”列填入货架上的实际数量（回车跳到下一项），初始值为应存数量。差异 = 实盘 − 应存。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="344" />
        <source>Save count</source>
        <translation>保存盘点</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="347" />
        <source>Print consumption sheet…</source>
        <translation>打印物耗表…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="414" />
        <source>No stock items yet: add them under Bar › Stock.</source>
        <translation>还没有库存物品：请在“水吧 › 库存”中添加。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="416" />
        <source>Closing count saved for this day: the stored variances are shown.</source>
        <translation>该日盘点已保存：显示的是已保存的差异。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="419" />
        <source>Not counted yet: type the counted quantities, then Save count.</source>
        <translation>尚未盘点：请填入实盘数量，然后点“保存盘点”。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="422" />
        <source>No closing count was saved for this day. Only today can be counted.</source>
        <translation>该日没有保存盘点。只能盘点今天。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="445" />
        <source>Shortages so far: %1</source>
        <translation>目前短缺：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="447" />
        <source>Shortages: %1 — report them for purchase.</source>
        <translation>短缺：%1 — 请报采购。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="468" />
        <source>Count saved: %1 item(s), %2 short.</source>
        <translation>盘点已保存：共%1项，短缺%2项。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="471" />
        <source>Count saved: %1 item(s), no shortages.</source>
        <translation>盘点已保存：共%1项，无短缺。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="505" />
        <source>Save the consumption sheet as PDF</source>
        <translation>将物耗表保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="506" />
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="540" />
        <source>PDF saved: %1</source>
        <translation>PDF 已保存：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="547" />
        <source>The PDF was not written: %1</source>
        <translation>PDF 未能写入：%1</translation>
    </message>
</context>
<context>
    <name>ClosingModel</name>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="104" />
        <source>Item</source>
        <extracomment>The row's variance (float, or None when nothing counted) under this role.</extracomment>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="104" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="104" />
        <source>Opening</source>
        <translation>期初</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="104" />
        <source>Goods in</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="105" />
        <source>Used</source>
        <translation>消耗</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="105" />
        <source>Expected</source>
        <translation>应存</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="105" />
        <source>Counted</source>
        <translation>实盘</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="106" />
        <source>Variance</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="106" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="178" />
        <source>not counted</source>
        <translation>未盘点</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="180" />
        <source>Shortage</source>
        <translation>短缺</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="182" />
        <source>Surplus</source>
        <translation>盈余</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="183" />
        <source>Matches</source>
        <translation>相符</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="216" />
        <source>Opening + goods in − used</source>
        <translation>期初 + 入库 − 消耗</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="250" />
        <source>Enter a quantity from 0 to 1,000,000.</source>
        <translation>请输入0到1,000,000之间的数量。</translation>
    </message>
</context>
<context>
    <name>ClosingReminder</name>
    <message>
        <location filename="../../reception_desk/ui/stock/reminder.py" line="148" />
        <source>It is %1: count the bar's stock and save the closing count (清点物耗). Report any shortage for purchase.</source>
        <translation>已到%1，请清点物耗：清点水吧库存并保存盘点结果。如有短缺，请报采购。</translation>
    </message>
</context>
<context>
    <name>ConsultantDialog</name>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="190" />
        <source>Consultant</source>
        <translation>置业顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="202" />
        <source>Consultant receiving this party:</source>
        <translation>接待该客户的置业顾问：</translation>
    </message>
</context>
<context>
    <name>ConsultantEditDialog</name>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="149" />
        <source>Add consultant</source>
        <translation>添加顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="150" />
        <source>Edit consultant</source>
        <translation>编辑顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="155" />
        <source>e.g. 张伟</source>
        <translation>例如：张伟</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="159" />
        <source>e.g. A07</source>
        <translation>例如：A07</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="163" />
        <source>optional · internal</source>
        <translation>选填 · 仅内部使用</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="164" />
        <source>On the roster (can sign in and receive)</source>
        <translation>在册（可签到、可接待）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="173" />
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="174" />
        <source>&amp;Staff number</source>
        <translation>工号(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="175" />
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
</context>
<context>
    <name>DemoLoader</name>
    <message>
        <location filename="../../reception_desk/ui/demo_loader.py" line="53" />
        <source>Writing demo data…</source>
        <translation>正在写入演示数据…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/demo_loader.py" line="81" />
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
</context>
<context>
    <name>DeskApp</name>
    <message>
        <location filename="../../reception_desk/app.py" line="140" />
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../../reception_desk/app.py" line="141" />
        <source>The database is empty. Fill it with demo data (two weeks of realistic visits) to try the board out?
You can start with real data instead; demo data is marked and can be replaced later.</source>
        <translation>数据库是空的。要填入演示数据（两周的模拟到访记录）来试用看板吗？
也可以直接录入真实数据；演示数据带有标记，之后可以替换。</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <location filename="../../reception_desk/ui/status_bar.py" line="42" />
        <source>Today: %1 parties · %2 people · in the building now: %3 parties, %4 people</source>
        <translation>今日：%1组 · %2人 · 当前在场：%3组，%4人</translation>
    </message>
</context>
<context>
    <name>DrinkCategory</name>
    <message>
        <location filename="../../reception_desk/domain/bar.py" line="28" />
        <source>Tea</source>
        <translation>茶</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/bar.py" line="29" />
        <source>Coffee</source>
        <translation>咖啡</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/bar.py" line="30" />
        <source>Juice</source>
        <translation>果汁</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/bar.py" line="31" />
        <source>Water</source>
        <translation>水</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/bar.py" line="32" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>DrinkEditDialog</name>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="184" />
        <source>Add drink</source>
        <translation>添加饮品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="184" />
        <source>Edit drink</source>
        <translation>编辑饮品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="189" />
        <source>e.g. 铁观音</source>
        <translation>例如：铁观音</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="197" />
        <source>Available (can be ordered now)</source>
        <translation>供应中（现在可点）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="207" />
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="215" />
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="219" />
        <source>One serving uses</source>
        <translation>每份用量</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="246" />
        <source>Fill the cup to %1</source>
        <translation>倒至杯子的 %1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="270" />
        <source>“%1” is listed twice: put the whole quantity on one line.</source>
        <translation>“%1”重复列出：请把用量合并到一行。</translation>
    </message>
</context>
<context>
    <name>DrinkOrderDialog</name>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/order_dialog.py" line="84" />
        <source>Drinks for %1</source>
        <extracomment>The order placed (None until Enter succeeded).</extracomment>
        <translation>为%1点饮品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/order_dialog.py" line="90" />
        <source>not seated yet: no table to serve</source>
        <translation>尚未入座，无法送到桌上</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/order_dialog.py" line="99" />
        <source>No drink on the menu is available now. The bar manages the menu (Bar menu).</source>
        <translation>饮品单上目前没有可点的饮品。饮品单由水吧管理（水吧 › 饮品单）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/order_dialog.py" line="104" />
        <source>1–9 add a drink (again for one more) · + / − change the count · Delete removes · Enter orders</source>
        <translation>1–9 添加饮品（再按一次加一杯）· + / − 调整数量 · Delete 删除 · 回车下单</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/order_dialog.py" line="113" />
        <source>&amp;Desk</source>
        <translation>前台(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/order_dialog.py" line="115" />
        <source>&amp;Consultant's call (X1 → S1)</source>
        <translation>置业顾问叫单 (X1 → S1)(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/order_dialog.py" line="122" />
        <source>Ordered by:</source>
        <translation>点单方：</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/order_dialog.py" line="130" />
        <source>Order  (Enter)</source>
        <translation>下单（回车）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/order_dialog.py" line="161" />
        <source>Drink</source>
        <translation>饮品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/order_dialog.py" line="161" />
        <source>Fill</source>
        <translation>倒至</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/order_dialog.py" line="162" />
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/order_dialog.py" line="181" />
        <source>%1 · fill %2%</source>
        <translation>%1 · 倒至 %2%</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/order_dialog.py" line="210" />
        <source>waiting</source>
        <translation>待上</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/order_dialog.py" line="210" />
        <source>served</source>
        <translation>已上</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/order_dialog.py" line="211" />
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/order_dialog.py" line="214" />
        <source>Already ordered: %1</source>
        <translation>已点：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/bar_desk/order_dialog.py" line="299" />
        <source>Order: %1 (%n cup(s))</source>
        <translation>
            <numerusform>点单：%1（共%n杯）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/order_dialog.py" line="301" />
        <source>Nothing chosen yet</source>
        <translation>尚未选择饮品</translation>
    </message>
</context>
<context>
    <name>DrinkPicker</name>
    <message>
        <location filename="../../reception_desk/ui/bar/dialogs.py" line="105" />
        <source>New drink</source>
        <translation>换新饮品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/dialogs.py" line="123" />
        <source>Remove last (Backspace)</source>
        <translation>删除上一杯（退格）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/dialogs.py" line="125" />
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/dialogs.py" line="127" />
        <source>Order (Enter)</source>
        <translation>下单（回车）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/dialogs.py" line="184" />
        <source>Tap the drinks (or press their numbers).</source>
        <translation>点选饮品（或按对应的数字键）。</translation>
    </message>
</context>
<context>
    <name>DutyStatus</name>
    <message>
        <location filename="../../reception_desk/domain/rotation.py" line="40" />
        <source>Available</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/rotation.py" line="41" />
        <source>Receiving</source>
        <translation>接待中</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/rotation.py" line="42" />
        <source>On break</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/rotation.py" line="43" />
        <source>Out</source>
        <translation>外出</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/rotation.py" line="44" />
        <source>Signed off</source>
        <translation>下班</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../reception_desk/ui/errors.py" line="38" />
        <source>Something went wrong: %1.
Nothing from that action was saved; you can carry on working.
Details are in the log: %2</source>
        <translation>出错了：%1。
该操作的内容均未保存，可以继续工作。
详细信息见日志：%2</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/errors.py" line="52" />
        <source>Reception Desk</source>
        <translation>Reception Desk</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <location filename="../../reception_desk/domain/rotation.py" line="60" />
        <source>Signed in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/rotation.py" line="61" />
        <source>Status</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/rotation.py" line="62" />
        <source>Assigned</source>
        <translation>分配接待</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/rotation.py" line="63" />
        <source>Missed turn</source>
        <translation>过号</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/rotation.py" line="64" />
        <source>Moved by manager</source>
        <translation>经理调序</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/rotation.py" line="65" />
        <source>Turn restored</source>
        <translation>补轮</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/rotation.py" line="66" />
        <source>Party left</source>
        <translation>客户离开</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/rotation.py" line="67" />
        <source>Departure undone</source>
        <translation>撤销离开</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="69" />
        <location filename="../../reception_desk/ui/export_dialog.py" line="97" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="83" />
        <source>file name ending in .xlsx or .csv</source>
        <translation>以 .xlsx 或 .csv 结尾的文件名</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="84" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="103" />
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="104" />
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="105" />
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="106" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="120" />
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="121" />
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="130" />
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="134" />
        <source>The start date is after the end date.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="137" />
        <source>The folder does not exist: %1</source>
        <translation>文件夹不存在：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="163" />
        <source>Exported %1 rows to %2</source>
        <translation>已导出%1行到 %2</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="171" />
        <source>Nothing was exported: %1</source>
        <translation>未导出任何内容：%1</translation>
    </message>
</context>
<context>
    <name>GoodsInDialog</name>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="217" />
        <source>Goods in</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="223" />
        <source>%1 (now %2 %3)</source>
        <translation>%1（现有 %2 %3）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="230" />
        <source>e.g. 10</source>
        <translation>例如：10</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="235" />
        <source>optional · supplier, delivery slip number</source>
        <translation>选填 · 供应商、送货单号</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="248" />
        <source>&amp;Item</source>
        <translation>物品(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="249" />
        <source>&amp;Quantity</source>
        <translation>数量(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="251" />
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="267" />
        <source>The stock list is empty: add the item under Bar › Stock first.</source>
        <translation>库存清单为空：请先在“水吧 › 库存”中添加物品。</translation>
    </message>
</context>
<context>
    <name>Honorific</name>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="20" />
        <source>Mr</source>
        <translation>先生</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="21" />
        <source>Ms</source>
        <translation>女士</translation>
    </message>
</context>
<context>
    <name>InvalidDialog</name>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="219" />
        <source>Invalid reception</source>
        <translation>无效接待</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="222" />
        <source>— not invalid (clear the mark) —</source>
        <translation>— 非无效接待（清除标记）—</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="236" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="237" />
        <source>Details</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>InvalidReason</name>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="48" />
        <source>Competitor survey</source>
        <translation>同行调研</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="49" />
        <source>Asking the way</source>
        <translation>问路</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="50" />
        <source>Looking for someone</source>
        <translation>找人</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="51" />
        <source>Delivery</source>
        <translation>送货</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="52" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="214" />
        <source>Rotation log</source>
        <translation>轮接记录</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="224" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="232" />
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="238" />
        <source>C&amp;onsultant</source>
        <translation>顾问(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="270" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="273" />
        <source>Print PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="327" />
        <source>All consultants</source>
        <translation>全部顾问</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="341" />
        <source>%n entries</source>
        <translation>
            <numerusform>%n条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="374" />
        <source>Export the rotation log</source>
        <translation>导出轮接记录</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="375" />
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="383" />
        <source>Save the rotation log as PDF</source>
        <translation>将轮接记录保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="384" />
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="395" />
        <source>The folder does not exist: %1</source>
        <translation>文件夹不存在：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="425" />
        <source>Printing the rotation log is not available in this version.</source>
        <translation>此版本不支持打印轮接记录。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="470" />
        <source>Exported %1 rows to %2</source>
        <translation>已导出%1行到 %2</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="476" />
        <source>Nothing was exported: %1</source>
        <translation>未导出任何内容：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="481" />
        <source>PDF saved: %1</source>
        <translation>PDF 已保存：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="486" />
        <source>The PDF was not written: %1</source>
        <translation>PDF 未能写入：%1</translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="127" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="127" />
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="127" />
        <source>Consultant</source>
        <translation>顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="127" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="128" />
        <source>Mode</source>
        <translation>分配方式</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="128" />
        <source>Position before → after</source>
        <translation>位置（前 → 后）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="128" />
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="129" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="181" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="43" />
        <source>Arrival board</source>
        <extracomment>A --screenshot run must not overwrite the person's saved layout.</extracomment>
        <translation>到访看板</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="46" />
        <source>Consultant rotation</source>
        <translation>轮接</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="60" />
        <source>Water bar</source>
        <translation>水吧</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="62" />
        <source>Reception requests</source>
        <translation>接待申请</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="63" />
        <source>Reception requests: business-visit applications and approvals — arrive with the reception-request feature.</source>
        <translation>接待申请：商务来访的申请与审批 — 接待申请功能上线后提供。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="96" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="97" />
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="101" />
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="106" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="111" />
        <source>&amp;Party</source>
        <translation>客户(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="115" />
        <source>&amp;Rotation</source>
        <translation>轮接(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="125" />
        <source>Rotation &amp;log…</source>
        <translation>轮接记录(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="130" />
        <source>S&amp;tatistics…</source>
        <translation>统计(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="137" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="141" />
        <source>&amp;Reset layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="145" />
        <source>&amp;Window</source>
        <translation>窗口(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="146" />
        <source>Open &amp;bar window</source>
        <translation>打开水吧窗口(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="151" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="152" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="156" />
        <source>&amp;About Reception Desk</source>
        <translation>关于 Reception Desk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="229" />
        <source>Register an arrival</source>
        <translation>登记到访</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="230" />
        <source>Enter</source>
        <translation>回车</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="230" />
        <source>Save the form</source>
        <translation>保存表单</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="231" />
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="231" />
        <source>Selected party: next stage</source>
        <translation>选中的客户进入下一环节</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="232" />
        <source>Seat the party</source>
        <translation>安排入座</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="233" />
        <source>Move to any stage</source>
        <translation>移到任意环节</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="234" />
        <source>The party has left</source>
        <translation>客户已离开</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="235" />
        <source>Undo the party's last move</source>
        <translation>撤销客户的上一步</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="236" />
        <source>Set the consultant</source>
        <translation>设置置业顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="237" />
        <source>Give the selected party to the up consultant</source>
        <translation>把选中的客户分给第一序列顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="238" />
        <source>Edit the party</source>
        <translation>编辑客户信息</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="239" />
        <source>Mark an invalid reception</source>
        <translation>标记无效接待</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="240" />
        <source>Order drinks for the selected party (then 1–9, Enter)</source>
        <translation>为选中的客户点饮品（再按 1–9、回车）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="241" />
        <source>Note a customer remark for the selected party</source>
        <translation>为选中的客户记录客户意见</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="242" />
        <source>Search by surname, phone or plate</source>
        <translation>按姓氏、电话或车牌搜索</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="243" />
        <source>Sign a consultant in</source>
        <translation>顾问签到</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="244" />
        <source>Selected consultant: available</source>
        <translation>选中的顾问：空闲</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="245" />
        <source>Selected consultant: on break</source>
        <translation>选中的顾问：休息</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="246" />
        <source>Selected consultant: out</source>
        <translation>选中的顾问：外出</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="247" />
        <source>Selected consultant: signed off</source>
        <translation>选中的顾问：下班</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="248" />
        <source>Selected consultant missed the turn (to the back)</source>
        <translation>选中的顾问过号（排到最后）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="249" />
        <source>Move the selected consultant in the queue (manager)</source>
        <translation>调整选中顾问的轮接顺序（经理）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="250" />
        <source>Rotation log</source>
        <translation>轮接记录</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="251" />
        <source>Open the bar window</source>
        <translation>打开水吧窗口</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="252" />
        <source>Export data to Excel or CSV</source>
        <translation>导出数据到 Excel 或 CSV</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="253" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="254" />
        <source>This list</source>
        <translation>本列表</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="258" />
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="261" />
        <source>About Reception Desk</source>
        <translation>关于 Reception Desk</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="262" />
        <source>Reception Desk %1
Front-desk software for a sales office.
Database: %2</source>
        <translation>Reception Desk %1
售楼处前台接待软件。
数据库：%2</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="271" />
        <source>Reception Desk — %1</source>
        <translation>Reception Desk — %1</translation>
    </message>
</context>
<context>
    <name>MenuDialog</name>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="348" />
        <source>Bar menu</source>
        <translation>饮品单</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="353" />
        <source>Drink</source>
        <translation>饮品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="353" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="353" />
        <source>Fill</source>
        <translation>倒至</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="353" />
        <source>Available</source>
        <translation>可点</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="354" />
        <source>One serving uses</source>
        <translation>每份用量</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="367" />
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="370" />
        <source>Add a drink (Ctrl+N)</source>
        <translation>添加饮品 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="371" />
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="373" />
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="463" />
        <source>Take &amp;off the menu</source>
        <translation>下架(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="375" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="412" />
        <source>Fill levels from the procedures: tea to %1% of the cup, other drinks to %2%. Serving a drink takes its recipe out of stock; a drink that is not available cannot be ordered.</source>
        <translation>按服务流程：茶倒至杯子的 %1%，其他饮品倒至 %2%。出品时按配方扣减库存；已下架的饮品不能点。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="421" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="421" />
        <source>no — off the menu</source>
        <translation>否 — 已下架</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="422" />
        <source>(nothing from stock)</source>
        <translation>（不耗用库存）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="462" />
        <source>Put &amp;back on the menu</source>
        <translation>重新上架(&amp;B)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="99" />
        <source>Enter the surname, e.g. 王.</source>
        <extracomment>The consultant's name as stored (the column holds 40 characters).</extracomment>
        <translation>请输入姓氏，例如：王。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="102" />
        <source>The surname is too long (at most {max} characters).</source>
        <translation>姓氏太长（最多{max}个字）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="105" />
        <source>The surname cannot contain digits.</source>
        <translation>姓氏不能包含数字。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="108" />
        <source>Party size must be between 1 and {max}.</source>
        <translation>来访人数须在1到{max}之间。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="112" />
        <source>Choose how they heard of the project.</source>
        <translation>请选择认知渠道。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="115" />
        <source>“{channel}” is not in the channel list; pick one from the list.</source>
        <translation>“{channel}”不在渠道列表中，请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/consultants.py" line="37" />
        <source>Enter the consultant's name.</source>
        <translation>请输入顾问姓名。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/consultants.py" line="40" />
        <source>The name is too long (at most {max} characters).</source>
        <translation>姓名太长（最多{max}个字）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/consultants.py" line="44" />
        <source>Enter the staff number: 1-20 letters, digits or dashes.</source>
        <translation>请输入工号：1～20位字母、数字或短横线。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/consultants.py" line="50" />
        <location filename="../../reception_desk/domain/party.py" line="122" />
        <source>Not a valid phone number: use an 11-digit mobile (138 1234 5678) or a landline with area code (010-12345678).</source>
        <translation>电话号码无效：请输入11位手机号（138 1234 5678）或带区号的座机号（010-12345678）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="130" />
        <source>Not a valid plate: province character, letter, then 5-6 letters or digits (京A12345).</source>
        <translation>车牌号无效：应为省份简称加字母，再加5～6位字母或数字（如京A12345）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="137" />
        <location filename="../../reception_desk/services/arrivals.py" line="283" />
        <location filename="../../reception_desk/services/arrivals.py" line="312" />
        <location filename="../../reception_desk/services/rotation.py" line="337" />
        <source>Too long: at most {max} characters.</source>
        <translation>内容太长：最多{max}个字符。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="106" />
        <source>Enter the site name.</source>
        <extracomment>A party not received by a consultant within this many minutes is flagged. How long the arrival notice stays on screen. Rotation rule 3: a consultant skipped by a fill-in keeps their place. Rotation rule 6: an invalid reception marked this soon gives the turn back. Rotation rule 8: a visit makes the receiving consultant the owner this long. Water bar: serve within this many minutes; amber from the second setting. A bump made by mistake can be recalled this long. A refill round falls due this long after serving, and repeats. Fill levels from the procedures: tea 80% of the cup, other drinks 70%. The closing count reminder (HH:MM, site time). Place and channel names are stored with each party in 40-character columns.</extracomment>
        <translation>请输入案场名称。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="111" />
        <source>Unknown time zone “{zone}”; use a name such as Asia/Shanghai.</source>
        <translation>未知时区“{zone}”，请使用 Asia/Shanghai 这样的名称。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="116" />
        <source>List at least one place where parties can sit.</source>
        <translation>请至少填写一个可入座的位置。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="120" />
        <source>List at least one channel.</source>
        <translation>请至少填写一个渠道。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="125" />
        <source>“{name}” is too long (at most {max} characters).</source>
        <translation>“{name}”太长（最多{max}个字符）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="129" />
        <source>The waiting alert must be between 1 and 60 minutes.</source>
        <translation>未接待提醒时间须在1到60分钟之间。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="133" />
        <source>The arrival notice must show for 2 to 60 seconds.</source>
        <translation>到访通知须显示2到60秒。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="136" />
        <source>Choose whether a skipped consultant keeps their place.</source>
        <translation>请选择被跳过的顾问是否保留原位。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="139" />
        <source>The turn-back window must be between 0 and 120 minutes.</source>
        <translation>补轮时限须在0到120分钟之间。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="142" />
        <source>Ownership after a visit must last 1 to 365 days.</source>
        <translation>到访后的客户归属期须为1到365天。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="145" />
        <source>The serve time must be between 1 and 60 minutes.</source>
        <translation>出品时限须在1到60分钟之间。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="147" />
        <source>The amber mark must be between 0 and 60 minutes.</source>
        <translation>“快到时”提醒须在0到60分钟之间。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="149" />
        <source>The recall window must be between 0 and 600 seconds.</source>
        <translation>撤回时限须在0到600秒之间。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="151" />
        <source>The refill round must be between 1 and 240 minutes.</source>
        <translation>续杯巡台间隔须在1到240分钟之间。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="153" />
        <location filename="../../reception_desk/domain/site_settings.py" line="155" />
        <source>A fill level must be between 10% and 100%.</source>
        <translation>倒至比例须在10%到100%之间。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="164" />
        <source>The amber mark must come before the serve time.</source>
        <translation>“快到时”提醒须早于出品时限。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="167" />
        <source>Write the closing count time as HH:MM, e.g. 18:50.</source>
        <translation>清点物耗时间请按 HH:MM 填写，例如 18:50。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/stages.py" line="48" />
        <location filename="../../reception_desk/services/bar.py" line="132" />
        <location filename="../../reception_desk/services/rotation.py" line="283" />
        <source>The party has already left.</source>
        <extracomment>Stages in which nobody has received the party yet (the wait alarm runs).</extracomment>
        <translation>客户已离开。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/stages.py" line="56" />
        <source>The party has already left; undo the departure first.</source>
        <translation>客户已离开，请先撤销离开。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/stages.py" line="61" />
        <source>The party is already at that stage.</source>
        <translation>客户已处于该环节。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/arrivals.py" line="54" />
        <location filename="../../reception_desk/services/arrivals.py" line="67" />
        <location filename="../../reception_desk/services/bar.py" line="128" />
        <location filename="../../reception_desk/services/bar.py" line="281" />
        <location filename="../../reception_desk/services/rotation.py" line="279" />
        <source>That party is no longer on the board (deleted on another PC?).</source>
        <translation>该客户已不在看板上（可能已在其他电脑上删除）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/arrivals.py" line="189" />
        <source>Choose where the party sits.</source>
        <translation>请选择客户入座的位置。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/arrivals.py" line="192" />
        <source>“{place}” is not one of the site's places.</source>
        <translation>“{place}”不是本案场设置的位置。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/arrivals.py" line="203" />
        <source>{place} is taken by {name}.</source>
        <translation>{place}已被{name}占用。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/arrivals.py" line="227" />
        <source>{place} was just taken on another PC; choose another place.</source>
        <translation>{place}刚在其他电脑上被占用，请选择其他位置。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/arrivals.py" line="237" />
        <source>The place was just taken on another PC; the move was not undone.</source>
        <translation>该位置刚被另一台电脑占用，撤销未执行。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/arrivals.py" line="249" />
        <source>There is no move to undo for this party.</source>
        <translation>该客户没有可撤销的操作。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/arrivals.py" line="254" />
        <source>Cannot undo: {place} is now taken by {name}.</source>
        <translation>无法撤销：{place}现已被{name}占用。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/arrivals.py" line="280" />
        <source>Say what the visit was, since the reason is “Other”.</source>
        <translation>原因为“其他”时，请说明来访情况。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/demo.py" line="103" />
        <source>The database already holds {count} real visits; demo data would mix with them. Use another database, or force it if you are sure.</source>
        <extracomment>Demo staff numbers: XS001, XS002, ... (skipping any a real consultant has). Who the demo's desk actions are recorded as.</extracomment>
        <translation>数据库中已有{count}条真实到访记录，演示数据会与之混在一起。请换用其他数据库；如确定无误，也可强制填入。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/demo.py" line="218" />
        <source>Demo data covers 1 to {max} days.</source>
        <translation>演示数据可覆盖1到{max}天。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export.py" line="45" />
        <source>There is no export called “{name}”; available: {known}.</source>
        <extracomment>"number" is a quantity that may have a fraction (grams, millilitres, half a lemon).</extracomment>
        <translation>没有名为“{name}”的导出；可用的有：{known}。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export.py" line="54" />
        <source>Unsupported export format “{fmt}”; use csv or xlsx.</source>
        <translation>不支持导出格式“{fmt}”，请使用 csv 或 xlsx。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export.py" line="61" />
        <source>The start date {start} is after the end date {end}.</source>
        <translation>开始日期 {start} 晚于结束日期 {end}。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/rotation.py" line="106" />
        <source>Staff number {no} already belongs to {name}.</source>
        <extracomment>Mean minutes from assignment to departure over parties that left.</extracomment>
        <translation>工号{no}已属于{name}。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/rotation.py" line="116" />
        <location filename="../../reception_desk/services/rotation.py" line="201" />
        <location filename="../../reception_desk/services/rotation.py" line="286" />
        <source>That consultant is no longer on the roster.</source>
        <translation>该顾问已不在名册中。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/rotation.py" line="124" />
        <source>Staff number {no} was just added on another PC.</source>
        <translation>工号{no}刚在其他电脑上被添加。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/rotation.py" line="209" />
        <source>Already signed in today.</source>
        <translation>今天已签到。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/rotation.py" line="216" />
        <location filename="../../reception_desk/services/rotation.py" line="227" />
        <location filename="../../reception_desk/services/rotation.py" line="236" />
        <location filename="../../reception_desk/services/rotation.py" line="298" />
        <source>Sign the consultant in first.</source>
        <translation>请先为该顾问签到。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/rotation.py" line="219" />
        <source>A consultant becomes “receiving” by taking a party.</source>
        <translation>顾问接待客户后才会变为“接待中”。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/rotation.py" line="238" />
        <source>Choose a position between 1 and {max}.</source>
        <translation>请选择1到{max}之间的位置。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/rotation.py" line="331" />
        <source>A manager must confirm: enter the manager's name.</source>
        <translation>需经理确认：请输入经理姓名。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/rotation.py" line="334" />
        <source>Give the reason for the override.</source>
        <translation>请填写经理指定的原因。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/bar.py" line="139" />
        <source>That drink is not on the menu (or not available now).</source>
        <translation>该饮品不在饮品单上（或目前不供应）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/bar.py" line="143" />
        <location filename="../../reception_desk/domain/bar.py" line="148" />
        <source>A drink's count must be between 1 and 50.</source>
        <translation>每种饮品的数量须在1到50之间。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/bar.py" line="151" />
        <source>Choose at least one drink.</source>
        <translation>请至少选择一种饮品。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/bar.py" line="80" />
        <source>Enter the drink's name (at most {max} characters).</source>
        <translation>请输入饮品名称（最多{max}个字）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/bar.py" line="84" />
        <source>Each stock item of a serving needs a quantity above zero.</source>
        <translation>配方中每种物品的用量都须大于0。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/bar.py" line="92" />
        <source>“{name}” is already on the menu.</source>
        <translation>“{name}”已在饮品单上。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/bar.py" line="96" />
        <source>A stock item of the recipe no longer exists.</source>
        <translation>配方中的某个库存物品已不存在。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/bar.py" line="105" />
        <source>That drink is gone.</source>
        <translation>该饮品已不存在。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/bar.py" line="161" />
        <source>That order is gone.</source>
        <translation>该订单已不存在。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/bar.py" line="163" />
        <source>That order is no longer waiting (served or closed).</source>
        <translation>该订单已不在待上状态（已上或已关闭）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/bar.py" line="196" />
        <source>Nothing served to recall.</source>
        <translation>没有可撤回的出品。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/bar.py" line="198" />
        <source>Too late to recall: it was served over {seconds} s ago.</source>
        <translation>无法撤回：出品已超过{seconds}秒。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/bar.py" line="236" />
        <source>That refill round is gone.</source>
        <translation>该续杯巡台已不存在。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/bar.py" line="238" />
        <location filename="../../reception_desk/services/bar.py" line="246" />
        <source>That refill round is already done.</source>
        <translation>该续杯巡台已处理。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/bar.py" line="267" />
        <source>That table is already clear.</source>
        <translation>该桌已清台。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/bar.py" line="275" />
        <source>Write the remark (at most {max} characters).</source>
        <translation>请填写客户意见（最多{max}个字）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/stock.py" line="47" />
        <source>Enter a quantity from 0 to 1,000,000.</source>
        <translation>请输入0到1,000,000之间的数量。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/stock.py" line="69" />
        <source>Enter the item's name (at most {max} characters).</source>
        <translation>请输入物品名称（最多{max}个字）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/stock.py" line="72" />
        <source>Enter the unit, e.g. 包, 克, 个 (at most 6 characters).</source>
        <translation>请输入单位，例如：包、克、个（最多6个字）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/stock.py" line="84" />
        <source>“{name}” is already in the stock list.</source>
        <translation>“{name}”已在库存清单中。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/stock.py" line="98" />
        <location filename="../../reception_desk/services/stock.py" line="116" />
        <location filename="../../reception_desk/services/stock.py" line="162" />
        <source>That stock item is gone.</source>
        <translation>该库存物品已不存在。</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/notice.py" line="30" />
        <source>Appointment customer %1 has arrived, %n person(s)</source>
        <translation>
            <numerusform>预约客户%1到访，%n位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/notice.py" line="33" />
        <source>Walk-in customer %1 has arrived, %n person(s)</source>
        <translation>
            <numerusform>自然到访客户%1到访，%n位</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/notice.py" line="37" />
        <source> · returning customer</source>
        <translation> · 老客户</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../reception_desk/ui/rotation/override_dialog.py" line="38" />
        <source>Manager confirmation</source>
        <translation>经理确认</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/override_dialog.py" line="46" />
        <source>name of the manager who confirms</source>
        <translation>确认的经理姓名</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/override_dialog.py" line="50" />
        <source>why the rotation is overridden</source>
        <translation>不按轮接顺序的原因</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/override_dialog.py" line="54" />
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/override_dialog.py" line="55" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>PartyEntryDialog</name>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="87" />
        <source>Register arrival</source>
        <extracomment>The roster entry "no consultant yet": the party waits unassigned. The rotation's proposal for the phone typed so far (None without rotation). What the chosen consultant means under the rules (None: no choice / free text). Consultants on duty and a new party: the Consultant field is the roster.</extracomment>
        <translation>登记到访</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="88" />
        <source>Edit party</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="94" />
        <source>e.g. 王</source>
        <translation>例如：王</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="114" />
        <source> people</source>
        <translation>位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="134" />
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="138" />
        <source>optional · 138 1234 5678 or 010-12345678</source>
        <translation>选填 · 138 1234 5678 或 010-12345678</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="148" />
        <source>optional · 粤B12345</source>
        <translation>选填 · 粤B12345</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="153" />
        <source>for the posts: grey coat, with a child, white SUV…</source>
        <translation>便于各岗位辨认：灰色外套、带小孩、白色SUV…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="172" />
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="183" />
        <source>&amp;Surname</source>
        <translation>姓氏(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="184" />
        <source>Party si&amp;ze</source>
        <translation>人数(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="185" />
        <source>Type</source>
        <translation>到访类型</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="186" />
        <source>C&amp;hannel</source>
        <translation>认知渠道(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="187" />
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="189" />
        <source>P&amp;late</source>
        <translation>车牌(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="190" />
        <source>&amp;Description</source>
        <translation>特征(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="192" />
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="193" />
        <source>&amp;Consultant</source>
        <translation>置业顾问(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="212" />
        <source>Enter saves · Esc cancels</source>
        <translation>回车保存 · Esc 取消</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="278" />
        <source>%1 · not on duty</source>
        <translation>%1 · 未在岗</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="280" />
        <source>— no consultant yet —</source>
        <translation>— 暂不分配顾问 —</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="306" />
        <source>Change it with Consultant… (F3) on the board</source>
        <translation>请在看板上用“顾问…”(F3) 更改</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="308" />
        <source>Nobody is signed in: type a name (no rotation)</source>
        <translation>无人签到：请输入姓名（不按轮接）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="339" />
        <source>Nobody is free: the party waits for a consultant</source>
        <translation>无空闲顾问：客户等待接待</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="341" />
        <source>No consultant yet: the party waits</source>
        <translation>暂不分配顾问：客户等待接待</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="368" />
        <source>★ Returning customer — earlier visits:</source>
        <translation>★ 老客户 — 以往到访：</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="371" />
        <source>no consultant recorded</source>
        <translation>未记录顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="484" />
        <source>%1 is registered but was not given to %2: %3
The party is on the board without a consultant; assign one with F5 or Consultant… (F3).</source>
        <translation>%1已登记，但未能分配给%2：%3
该客户已在看板上，尚无接待顾问；请按 F5 或用“顾问…”(F3) 分配。</translation>
    </message>
</context>
<context>
    <name>PartyPicker</name>
    <message>
        <location filename="../../reception_desk/ui/bar/dialogs.py" line="205" />
        <source>Choose the table</source>
        <translation>选择桌位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/dialogs.py" line="217" />
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/dialogs.py" line="219" />
        <source>Choose (Enter)</source>
        <translation>选择（回车）</translation>
    </message>
</context>
<context>
    <name>PartyTableModel</name>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="66" />
        <source>No.</source>
        <extracomment>Customer remarks (客户意见) by party id, for the status marker and tooltip. The day the board shows; arrivals from other days carry their date.</extracomment>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="66" />
        <source>Arrived</source>
        <translation>到访时间</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="67" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="67" />
        <source>Size</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="71" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="71" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="68" />
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="68" />
        <source>In stage</source>
        <translation>环节用时</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="69" />
        <source>In building</source>
        <translation>在场时长</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="70" />
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="70" />
        <source>Consultant</source>
        <translation>顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="69" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="72" />
        <source>Description / note</source>
        <translation>特征 / 备注</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="140" />
        <source>★ returning</source>
        <translation>★ 老客户</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="142" />
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="181" />
        <location filename="../../reception_desk/ui/bar_desk/order_dialog.py" line="89" />
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n位</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="166" />
        <source>Invalid: %1</source>
        <translation>无效接待：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="168" />
        <source>⚠ Waiting %1, not received</source>
        <translation>⚠ 等待 %1 未接待</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="171" />
        <source>Waiting for a consultant</source>
        <translation>等待顾问接待</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="174" />
        <source>From an earlier day</source>
        <translation>非今日到访</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="177" />
        <source>✎ %n remark(s)</source>
        <translation>
            <numerusform>✎ 客户意见%n条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="186" />
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="188" />
        <source>Plate: %1</source>
        <translation>车牌：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="193" />
        <source>Customer remarks:</source>
        <translation>客户意见：</translation>
    </message>
</context>
<context>
    <name>PositionDialog</name>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="116" />
        <source>Move in the queue</source>
        <translation>调整轮接顺序</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="117" />
        <source>Move %1 to position:</source>
        <translation>把%1调到：</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="122" />
        <source>%1 — %2 (now)</source>
        <translation>第%1位 — %2（当前）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="125" />
        <source>%1 — now %2</source>
        <translation>第%1位 — 现为%2</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../reception_desk/ui/rotation/model.py" line="104" />
        <source>Consultant</source>
        <translation>顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/model.py" line="104" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/model.py" line="103" />
        <source>#</source>
        <comment>column: place in the queue</comment>
        <translation>序</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/model.py" line="105" />
        <source>Val</source>
        <comment>column: valid receptions today</comment>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/model.py" line="106" />
        <source>Inv</source>
        <comment>column: invalid receptions today</comment>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/model.py" line="107" />
        <source>Ret</source>
        <comment>column: returning customers today</comment>
        <translation>老客</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/model.py" line="108" />
        <source>Since</source>
        <comment>column: time since the last customer</comment>
        <translation>距上组</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/model.py" line="113" />
        <source>Place in the turn order</source>
        <translation>在轮接顺序中的位置</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/model.py" line="114" />
        <source>Up receives the next new customer; on deck prepares</source>
        <translation>第一序列接待下一组新客户；第二序列准备</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/model.py" line="115" />
        <source>Valid receptions today (new customers)</source>
        <translation>今日有效接待（新客户）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/model.py" line="116" />
        <source>Invalid receptions today (turn given back)</source>
        <translation>今日无效接待（已补轮）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/model.py" line="117" />
        <source>Returning customers received today (no turn used)</source>
        <translation>今日接待的老客户（不占轮次）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/model.py" line="118" />
        <source>Time since the consultant's last customer today</source>
        <translation>距该顾问今天上一组客户的时间</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/model.py" line="123" />
        <source>Up</source>
        <comment>queue mark: receives next</comment>
        <translation>第一</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/model.py" line="125" />
        <source>Next</source>
        <comment>queue mark: on deck</comment>
        <translation>第二</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/rotation/model.py" line="211" />
        <source>(%n parties)</source>
        <translation>
            <numerusform>（%n组）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/model.py" line="213" />
        <source>Today: %1 valid, %2 invalid, %3 returning</source>
        <translation>今日：有效%1，无效%2，老客户%3</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/model.py" line="217" />
        <source>No customer yet today</source>
        <translation>今天还未接待客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/model.py" line="219" />
        <source>Last customer %1 ago</source>
        <translation>上一组客户：%1前</translation>
    </message>
</context>
<context>
    <name>RecipeEditor</name>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="120" />
        <source>Add stock item</source>
        <translation>添加物品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="124" />
        <source>Nothing from stock (e.g. water from the dispenser).</source>
        <translation>不耗用库存（如饮水机的水）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="126" />
        <source>The stock list is empty: add stock items under Bar › Stock first.</source>
        <translation>库存清单为空：请先在“水吧 › 库存”中添加物品。</translation>
    </message>
</context>
<context>
    <name>RecipeRow</name>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="76" />
        <source>e.g. 1</source>
        <translation>例如：1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="82" />
        <source>Remove this stock item from the recipe</source>
        <translation>从配方中移除该物品</translation>
    </message>
</context>
<context>
    <name>RefillDialog</name>
    <message>
        <location filename="../../reception_desk/ui/bar/dialogs.py" line="55" />
        <source>Refill round</source>
        <translation>续杯巡台</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/dialogs.py" line="63" />
        <source>1   Refilled (same cup)</source>
        <translation>1   已续杯（原杯）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/dialogs.py" line="65" />
        <source>2   New drink (new cup)</source>
        <translation>2   换新饮品（新杯）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/dialogs.py" line="66" />
        <source>3   Not needed</source>
        <translation>3   不需要</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/dialogs.py" line="77" />
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
</context>
<context>
    <name>RemarkDialog</name>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/remark_dialog.py" line="34" />
        <source>Customer remark — %1</source>
        <translation>客户意见 — %1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/remark_dialog.py" line="48" />
        <source>e.g. would like the tea less strong</source>
        <translation>例如：茶想淡一点</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/remark_dialog.py" line="64" />
        <source>Noted before:</source>
        <translation>之前记录：</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/remark_dialog.py" line="66" />
        <source>What did the customer say?</source>
        <translation>客户说了什么？</translation>
    </message>
</context>
<context>
    <name>RemarkEntry</name>
    <message>
        <location filename="../../reception_desk/ui/bar/dialogs.py" line="262" />
        <source>Customer remark</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/dialogs.py" line="267" />
        <source>What did the customer say?</source>
        <translation>客户说了什么？</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/dialogs.py" line="272" />
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/dialogs.py" line="274" />
        <source>Save (Enter)</source>
        <translation>保存（回车）</translation>
    </message>
</context>
<context>
    <name>ReminderNotice</name>
    <message>
        <location filename="../../reception_desk/ui/stock/reminder.py" line="53" />
        <source>Closing count</source>
        <translation>清点物耗</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/reminder.py" line="58" />
        <source>Count now</source>
        <translation>立即清点</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/reminder.py" line="60" />
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="257" />
        <source>Roster of consultants</source>
        <translation>顾问名册</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="261" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="261" />
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="262" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="262" />
        <source>Roster</source>
        <translation>在册</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="275" />
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="278" />
        <source>Add a consultant (Ctrl+N)</source>
        <translation>添加顾问 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="279" />
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="281" />
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="363" />
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="283" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="292" />
        <source>Deactivated consultants keep their history but can no longer sign in or receive customers.</source>
        <translation>停用的顾问保留历史记录，但不能再签到或接待客户。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="324" />
        <source>active</source>
        <translation>在册</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="324" />
        <source>inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="362" />
        <source>&amp;Reactivate</source>
        <translation>重新启用(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="385" />
        <source>%1 is on duty today: sign them off (Alt+4) before taking them off the roster.</source>
        <translation>%1今天在岗：请先将其设为下班 (Alt+4)，再停用。</translation>
    </message>
</context>
<context>
    <name>RotationChoice</name>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="58" />
        <source>Override — needs a manager</source>
        <translation>经理指定 — 需经理确认</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="60" />
        <source>In turn (up)</source>
        <translation>轮到（第一序列）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="62" />
        <source>Fill-in: the consultants ahead are busy</source>
        <translation>补位：前面的顾问都在忙</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="64" />
        <source>Returning customer: owner %1</source>
        <translation>老客户：归属顾问%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="66" />
        <source>Stand-in: owner %1 is not on duty</source>
        <translation>代接：归属顾问%1不在岗</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="69" />
        <source>Override — the owner %1 is here; needs a manager</source>
        <translation>经理指定 — 归属顾问%1在岗，需经理确认</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="71" />
        <source>Override — not their turn; needs a manager</source>
        <translation>经理指定 — 未轮到，需经理确认</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="73" />
        <source> (up: %1)</source>
        <translation>（第一序列：%1）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="80" />
        <source>%1 is a returning customer of %2. Giving the party to %3 instead is an override of the rotation: a manager must confirm, with a reason.</source>
        <translation>%1是%2的老客户。改由%3接待属于不按轮接分配：须经理确认并填写原因。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="85" />
        <source>It is not %3's turn (up: %2). Giving %1 to %3 is an override of the rotation: a manager must confirm, with a reason.</source>
        <translation>还没轮到%3（第一序列：%2）。把%1分给%3属于不按轮接分配：须经理确认并填写原因。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="95" />
        <source>receiving this party</source>
        <translation>正在接待该客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="118" />
        <source>%1 · not on duty</source>
        <translation>%1 · 未在岗</translation>
    </message>
</context>
<context>
    <name>RotationPanel</name>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="157" />
        <source>Up</source>
        <translation>第一序列</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="158" />
        <source>First in line: receives the next new customer</source>
        <translation>排在第一：接待下一组新客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="159" />
        <source>On deck</source>
        <translation>第二序列</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="160" />
        <source>Second in line: prepares to receive after the up consultant</source>
        <translation>排在第二：准备在第一序列之后接待</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="254" />
        <source>&amp;Sign in…</source>
        <translation>签到(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="255" />
        <source>Sign a consultant in for today's duty</source>
        <translation>为顾问签到，开始今天的值班</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="258" />
        <source>Selected consultant is free to receive</source>
        <translation>选中的顾问空闲，可以接待</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="259" />
        <source>Selected consultant is on a break or at lunch</source>
        <translation>选中的顾问在休息或用餐</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="260" />
        <source>Selected consultant is out of the office</source>
        <translation>选中的顾问外出</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="261" />
        <source>Selected consultant signs off for today</source>
        <translation>选中的顾问今天下班</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="268" />
        <source>&amp;Missed turn</source>
        <translation>过号(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="269" />
        <source>Called but absent: the consultant loses the turn and goes to the back</source>
        <translation>叫到时不在：顾问失去本轮，排到最后</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="271" />
        <source>M&amp;ove…</source>
        <translation>调序(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="272" />
        <source>Manager override: put the consultant at another place in the queue</source>
        <translation>经理指定：把顾问调到轮接顺序中的其他位置</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="274" />
        <source>&amp;Roster…</source>
        <translation>名册(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="275" />
        <source>Add, correct or deactivate consultants</source>
        <translation>添加、修改或停用顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="366" />
        <source>No. %1</source>
        <translation>第%1位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="367" />
        <source>today %1</source>
        <translation>今日%1组</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="369" />
        <source>no customer yet</source>
        <translation>尚未接待</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="371" />
        <source>last %1 ago</source>
        <translation>上一组%1前</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="383" />
        <source>Nobody is signed in. Press Ctrl+I to sign consultants in.</source>
        <translation>还没有顾问签到。按 Ctrl+I 为顾问签到。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="385" />
        <source>All %1 consultants on duty are busy or away. Set one available (Alt+1) or sign someone in (Ctrl+I).</source>
        <translation>在岗的%1位顾问都在忙或不在。请将一位设为空闲 (Alt+1)，或为其他顾问签到 (Ctrl+I)。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="388" />
        <source>Nobody available</source>
        <translation>无人可接待</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="389" />
        <source>⚠ No consultant can receive a new customer</source>
        <translation>⚠ 没有顾问可以接待新客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="394" />
        <source>Nobody on deck</source>
        <translation>第二序列空缺</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="395" />
        <source>Only one consultant is free: have the next one ready.</source>
        <translation>只有一位顾问空闲：请安排下一位做好准备。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="399" />
        <source>On duty: %1</source>
        <translation>在岗：%1人</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="441" />
        <source>Consultant rotation</source>
        <translation>轮接</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="464" />
        <source>Everyone on the roster is signed in today.</source>
        <translation>名册上的顾问今天都已签到。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="465" />
        <source>The roster is empty: add consultants with Roster… first.</source>
        <translation>名册为空：请先用“名册…”添加顾问。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="507" />
        <source>Move %1 from position %2 to position %3 of the queue. This overrides the rotation: a manager confirms, and the reason is kept in the rotation log.</source>
        <translation>把%1从轮接顺序的第%2位调到第%3位。这属于经理指定：须经理确认，原因会记入轮接记录。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="38" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="50" />
        <location filename="../../reception_desk/ui/settings_dialog.py" line="61" />
        <location filename="../../reception_desk/ui/settings_dialog.py" line="67" />
        <location filename="../../reception_desk/ui/settings_dialog.py" line="69" />
        <location filename="../../reception_desk/ui/settings_dialog.py" line="71" />
        <source> min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="54" />
        <location filename="../../reception_desk/ui/settings_dialog.py" line="70" />
        <source> s</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="56" />
        <source>A consultant skipped by a fill-in keeps their place</source>
        <translation>补位时被跳过的顾问保留原位置</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="65" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="83" />
        <source>Site (shared by every PC)</source>
        <translation>案场（所有电脑共用）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="85" />
        <source>Site name</source>
        <translation>案场名称</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="86" />
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="87" />
        <source>Places (one per line)</source>
        <translation>入座位置（每行一个）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="89" />
        <source>Channels (one per line)</source>
        <translation>认知渠道（每行一个）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="91" />
        <source>Flag a party not received after</source>
        <translation>未接待超时提醒</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="93" />
        <source>Show the arrival notice for</source>
        <translation>到访通知显示时长</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="97" />
        <source>Consultant rotation</source>
        <translation>轮接</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="101" />
        <source>An invalid reception gives the turn back within</source>
        <translation>无效接待补轮时限</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="104" />
        <source>A visit makes the consultant the owner for</source>
        <translation>到访后客户归属顾问的期限</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="108" />
        <source>Water bar</source>
        <translation>水吧</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="111" />
        <source>Serve a drink within</source>
        <translation>饮品出品时限</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="112" />
        <source>Timer turns amber after</source>
        <translation>“快到时”提醒（变黄）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="113" />
        <source>A bump can be recalled for</source>
        <translation>出品后可撤回时限</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="114" />
        <source>Refill round every</source>
        <translation>续杯巡台间隔</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="115" />
        <source>Fill tea to</source>
        <translation>茶倒至</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="116" />
        <source>Fill other drinks to</source>
        <translation>其他饮品倒至</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="117" />
        <source>Closing stock count at (HH:MM)</source>
        <translation>清点物耗时间 (HH:MM)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="122" />
        <source>This PC</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="129" />
        <source>Play a sound on arrivals</source>
        <translation>客户到访时播放提示音</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="131" />
        <source>Language (after restart)</source>
        <translation>语言（重启后生效）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings_dialog.py" line="204" />
        <source>The new language shows after a restart.</source>
        <translation>新语言将在重启后生效。</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../reception_desk/ui/bar/side_panel.py" line="101" />
        <source>Refills due</source>
        <extracomment>(refill check id, RefillOutcome value) from a refill card's button. table task id from its "cleared" button.</extracomment>
        <translation>待续杯</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/side_panel.py" line="101" />
        <source>No refill round due.</source>
        <translation>暂无待续杯。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/side_panel.py" line="103" />
        <source>Next refill rounds</source>
        <translation>即将续杯</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/side_panel.py" line="103" />
        <source>None planned.</source>
        <translation>暂无安排。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/side_panel.py" line="105" />
        <source>Tables to clear</source>
        <translation>待清台</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/side_panel.py" line="105" />
        <source>All tables clear.</source>
        <translation>全部已清台。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/side_panel.py" line="107" />
        <source>Low stock</source>
        <translation>库存不足</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/side_panel.py" line="107" />
        <source>Stock is fine.</source>
        <translation>库存充足。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/side_panel.py" line="141" />
        <source>%1 · due since %2</source>
        <extracomment>refill check id -&gt; its buttons by outcome, for the keys and for tests.</extracomment>
        <translation>%1 · %2 到时</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/side_panel.py" line="142" />
        <source>drinks</source>
        <translation>饮品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/side_panel.py" line="148" />
        <source>Refilled</source>
        <translation>已续杯</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/side_panel.py" line="149" />
        <source>New drink</source>
        <translation>换新饮品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/side_panel.py" line="150" />
        <source>Not needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/side_panel.py" line="171" />
        <source>and %1 more</source>
        <translation>还有%1项</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/side_panel.py" line="188" />
        <source>left at %1</source>
        <translation>%1 离开</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/side_panel.py" line="192" />
        <source>Cleared</source>
        <translation>已清台</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="98" />
        <source>Sign in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="99" />
        <source>Who starts their duty? The order of signing in sets the queue.</source>
        <translation>哪位顾问开始值班？签到顺序决定轮接顺序。</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../reception_desk/domain/stages.py" line="31" />
        <source>At the gate</source>
        <translation>到达门岗</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/stages.py" line="32" />
        <source>Parked</source>
        <translation>停车</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/stages.py" line="33" />
        <source>Greeted at door</source>
        <translation>门口迎宾</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/stages.py" line="34" />
        <source>With consultant</source>
        <translation>顾问接待</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/stages.py" line="35" />
        <source>Sand table</source>
        <translation>沙盘讲解</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/stages.py" line="36" />
        <source>Seated</source>
        <translation>入座洽谈</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/stages.py" line="37" />
        <source>Show flat tour</source>
        <translation>参观样板房</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/stages.py" line="38" />
        <source>Departed</source>
        <translation>离开</translation>
    </message>
</context>
<context>
    <name>StatsDialog</name>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="156" />
        <source>Rotation statistics</source>
        <translation>轮接统计</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="163" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="163" />
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="164" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="164" />
        <source>Custom dates</source>
        <translation>自定义日期</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="176" />
        <source>&amp;Period</source>
        <translation>时间段(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="181" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="183" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="200" />
        <source>No receptions in this period.</source>
        <translation>该时间段内没有接待记录。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="204" />
        <source>Valid: new and stand-in receptions that used or helped a turn · Invalid: turned back (competitor, asking the way…) · Skipped: passed over by a fill-in while busy · Average: from assignment to departure.</source>
        <translation>有效：占用轮次的新客户接待及代接 · 无效：退回轮次的接待（同行调研、问路等） · 被跳过：忙碌时被补位越过 · 平均：从分配到客户离开。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="214" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="288" />
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="339" />
        <source>The start date is after the end date.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="322" />
        <source>Export the statistics</source>
        <translation>导出统计</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="323" />
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="335" />
        <source>The folder does not exist: %1</source>
        <translation>文件夹不存在：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="361" />
        <source>Exported %1 rows to %2</source>
        <translation>已导出%1行到 %2</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="367" />
        <source>Nothing was exported: %1</source>
        <translation>未导出任何内容：%1</translation>
    </message>
</context>
<context>
    <name>StatsTableModel</name>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="76" />
        <source>Consultant</source>
        <extracomment>Period choices of the picker, in order.</extracomment>
        <translation>顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="76" />
        <source>Valid</source>
        <translation>有效接待</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="76" />
        <source>Invalid</source>
        <translation>无效接待</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="77" />
        <source>Returning</source>
        <translation>老客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="77" />
        <source>Avg. reception (min)</source>
        <translation>平均接待（分钟）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="78" />
        <source>Skipped (fill-ins)</source>
        <translation>被跳过（补位）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="78" />
        <source>Missed turns</source>
        <translation>过号</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="78" />
        <source>Overrides</source>
        <translation>经理指定</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="127" />
        <source>The average is per consultant: see each row.</source>
        <translation>平均值按顾问分别计算：请看各行。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="141" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="322" />
        <source>Bar stock</source>
        <translation>水吧库存</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="327" />
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="327" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="327" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="327" />
        <source>Low at</source>
        <translation>预警值</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="328" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="340" />
        <source>Show items no longer in use</source>
        <translation>显示已停用的物品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="349" />
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="352" />
        <source>Add a stock item (Ctrl+N)</source>
        <translation>添加物品 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="353" />
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="355" />
        <source>&amp;Goods in…</source>
        <translation>入库(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="358" />
        <source>Record a delivery (Ctrl+G)</source>
        <translation>登记到货入库 (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="359" />
        <source>&amp;Print requisition…</source>
        <translation>打印物资领用申请(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="361" />
        <source>物资领用申请表 of the items at or below their threshold, as a PDF</source>
        <translation>为库存不高于预警值的物品生成物资领用申请表（PDF）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="363" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="423" />
        <source>not in use</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="425" />
        <source>⚠ Low — order more</source>
        <translation>⚠ 库存不足 — 请补货</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="427" />
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="447" />
        <source>%1 items · %2 low</source>
        <translation>%1种物品 · %2种库存不足</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="512" />
        <source>Save the requisition as PDF</source>
        <translation>将物资领用申请表保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="513" />
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="550" />
        <source>PDF saved: %1</source>
        <translation>PDF 已保存：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="556" />
        <source>The PDF was not written: %1</source>
        <translation>PDF 未能写入：%1</translation>
    </message>
</context>
<context>
    <name>StockForms</name>
    <message>
        <location filename="../../reception_desk/ui/stock/common.py" line="49" />
        <source>Enter a number, e.g. 2 or 0.5.</source>
        <translation>请输入数字，例如 2 或 0.5。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/common.py" line="72" />
        <source>The folder does not exist: %1</source>
        <translation>文件夹不存在：%1</translation>
    </message>
</context>
<context>
    <name>StockItemDialog</name>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="104" />
        <source>Add stock item</source>
        <extracomment>True on every cell of a row whose item is at or below its threshold.</extracomment>
        <translation>添加库存物品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="105" />
        <source>Edit stock item</source>
        <translation>编辑库存物品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="110" />
        <source>e.g. 铁观音茶叶</source>
        <translation>例如：铁观音茶叶</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="114" />
        <source>e.g. 包, 克, 个</source>
        <translation>例如：包、克、个</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="117" />
        <source>e.g. 5</source>
        <translation>例如：5</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="120" />
        <source>what is on the shelf now</source>
        <translation>货架上现有的数量</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="121" />
        <source>In use (listed and counted)</source>
        <translation>在用（列入清单并参与盘点）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="132" />
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="132" />
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="133" />
        <source>&amp;Low-stock threshold</source>
        <translation>库存预警值(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="134" />
        <source>&amp;Quantity now</source>
        <translation>现有数量(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="142" />
        <source>%1 %2 — changes with goods in, serving and the closing count</source>
        <translation>%1 %2 — 随入库、出品和盘点变动</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="147" />
        <source>Quantity now</source>
        <translation>现有数量</translation>
    </message>
</context>
<context>
    <name>VisitKind</name>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="34" />
        <source>Walk-in</source>
        <extracomment>The Chinese forms are what the posts say on the radio and what prints.</extracomment>
        <translation>自然到访</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="35" />
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
</context>
</TS>
