<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountEditDialog</name>
    <message>
        <location filename="../../reception_desk/ui/accounts/accounts_dialog.py" line="48"/>
        <source>Add account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/accounts_dialog.py" line="48"/>
        <source>Edit account</source>
        <translation>编辑账户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/accounts_dialog.py" line="71"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/accounts_dialog.py" line="72"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/accounts_dialog.py" line="73"/>
        <source>Approves as</source>
        <translation>审批身份</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/accounts_dialog.py" line="74"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/accounts_dialog.py" line="77"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/accounts_dialog.py" line="78"/>
        <source>PIN again</source>
        <translation>确认 PIN 码</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/accounts_dialog.py" line="103"/>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>两次输入的 PIN 码不一致，请输入两次相同的 PIN 码。</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../reception_desk/ui/accounts/accounts_dialog.py" line="168"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/accounts_dialog.py" line="170"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/accounts_dialog.py" line="170"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/accounts_dialog.py" line="170"/>
        <source>Approves as</source>
        <translation>审批身份</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/accounts_dialog.py" line="171"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/accounts_dialog.py" line="171"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/accounts_dialog.py" line="172"/>
        <source>Last sign-in</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/accounts_dialog.py" line="174"/>
        <source>Show deactivated</source>
        <translation>显示已停用的账户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/accounts_dialog.py" line="176"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/accounts_dialog.py" line="177"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/accounts_dialog.py" line="178"/>
        <source>New PIN…</source>
        <translation>重设 PIN 码…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/accounts_dialog.py" line="179"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/accounts_dialog.py" line="211"/>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/accounts_dialog.py" line="213"/>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/accounts_dialog.py" line="216"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
</context>
<context>
    <name>AccountsMenu</name>
    <message>
        <location filename="../../reception_desk/ui/accounts/menu.py" line="35"/>
        <source>&amp;Accounts</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/menu.py" line="37"/>
        <source>Create &amp;administrator…</source>
        <translation>创建管理员(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/menu.py" line="39"/>
        <source>Sign &amp;in…</source>
        <translation>登录(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/menu.py" line="40"/>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/menu.py" line="42"/>
        <source>&amp;Manage accounts…</source>
        <translation>管理账户(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/menu.py" line="44"/>
        <source>Audit &amp;log…</source>
        <translation>审计日志(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/menu.py" line="45"/>
        <source>&amp;Retention preview…</source>
        <translation>匿名化预览(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/menu.py" line="79"/>
        <source>Signed in: %1</source>
        <translation>已登录：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/menu.py" line="95"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>AppointmentStatus</name>
    <message>
        <location filename="../../reception_desk/domain/customer_records.py" line="106"/>
        <source>Expected</source>
        <translation>待到访</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/customer_records.py" line="107"/>
        <source>Arrived</source>
        <translation>已到访</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/customer_records.py" line="108"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>ArrivalBoardPanel</name>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="95"/>
        <source>＋ Register arrival  (F2)</source>
        <extracomment>The most parties a search lists (newest first); a search that finds more says so.</extracomment>
        <translation>＋ 登记到访  (F2)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="102"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="106"/>
        <source>Search surname, phone or plate  (Ctrl+F)</source>
        <translation>搜索姓氏、电话或车牌  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="256"/>
        <source>&amp;Register arrival…</source>
        <extracomment>True until the person drags the splitter: the board then shares its height the default way on every resize (see `share_height`).</extracomment>
        <translation>登记到访(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="262"/>
        <source>Next stage</source>
        <translation>下一环节</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="263"/>
        <source>Move the party one stage on</source>
        <translation>客户进入下一环节</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="264"/>
        <source>Seat…</source>
        <translation>入座…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="265"/>
        <source>Seat the party in a VIP room or at a table</source>
        <translation>安排客户在VIP室或洽谈区入座</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="266"/>
        <source>Stage…</source>
        <translation>环节…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="267"/>
        <source>Move the party to any stage</source>
        <translation>将客户移到任意环节</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="268"/>
        <source>Departed</source>
        <translation>离开</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="269"/>
        <source>The party has left</source>
        <translation>客户已离开</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="270"/>
        <source>Undo move</source>
        <translation>撤销上一步</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="271"/>
        <source>Undo the party&apos;s last stage move</source>
        <translation>撤销客户上一次的环节变更</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="273"/>
        <source>Assign up consultant</source>
        <translation>分配第一序列</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="274"/>
        <source>Give the party to the consultant whose turn it is (a returning customer to their owner)</source>
        <translation>把客户分给轮到的置业顾问（老客户分给其归属顾问）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="276"/>
        <source>Consultant…</source>
        <translation>顾问…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="278"/>
        <source>Set the receiving consultant</source>
        <translation>设置接待的置业顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="279"/>
        <source>Invalid…</source>
        <translation>无效接待…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="280"/>
        <source>Mark an invalid reception (competitor, asking the way, …)</source>
        <translation>标记为无效接待（同行调研、问路等）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="282"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="283"/>
        <source>Correct the party&apos;s details</source>
        <translation>修改客户信息</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="284"/>
        <source>Drinks…</source>
        <translation>点饮品…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="286"/>
        <source>Order drinks for the party&apos;s table</source>
        <translation>为该客户点饮品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="287"/>
        <source>Remark…</source>
        <translation>客户意见…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="289"/>
        <source>Note a customer&apos;s remark (客户意见)</source>
        <translation>记录客户意见</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="290"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="348"/>
        <source>Search “%1”: the newest %2 parties found; more match, type more to narrow</source>
        <translation>搜索“%1”：只列出找到的最近 %2 批；还有更多匹配，请再多输入几个字缩小范围</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="352"/>
        <source>Search “%1”: %n party(ies) found</source>
        <translation>
            <numerusform>搜索“%1”：找到%n组</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="368"/>
        <source>In the building: %1</source>
        <translation>在场：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="370"/>
        <source>Today, left: %1</source>
        <translation>今日已离开：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="373"/>
        <source>Not seen out: %1</source>
        <translation>未登记离开：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="375"/>
        <source>Left on %1: %2</source>
        <translation>%1 已离开：%2</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/assigning.py" line="57"/>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="483"/>
        <source>Arrival board</source>
        <translation>到访看板</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/panel.py" line="555"/>
        <source>another party</source>
        <translation>其他客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/assigning.py" line="68"/>
        <source>No consultant is signed in today: sign consultants in on the rotation panel, or type a name with Consultant… (F3).</source>
        <translation>今天还没有顾问签到：请在轮接面板为顾问签到，或用“顾问…”(F3) 输入姓名。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/assigning.py" line="77"/>
        <source>%1 is already with %2. To give the party to someone else, use Consultant… (F3).</source>
        <translation>%1已由%2接待。如需改由其他顾问接待，请用“顾问…”(F3)。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/assigning.py" line="83"/>
        <source>Nobody is free to receive %1: every consultant on duty is receiving or away.</source>
        <translation>没有空闲顾问接待%1：在岗顾问都在接待中或不在岗。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/assigning.py" line="126"/>
        <source>%1 has already left.</source>
        <translation>%1已离开。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/assigning.py" line="136"/>
        <source>Who receives %1?</source>
        <translation>由谁接待%1？</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/assigning.py" line="141"/>
        <source>Proposed: %1 — %2</source>
        <translation>建议：%1 — %2</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/assigning.py" line="146"/>
        <source>Consultant</source>
        <translation>置业顾问</translation>
    </message>
</context>
<context>
    <name>AssignMode</name>
    <message>
        <location filename="../../reception_desk/domain/rotation.py" line="90"/>
        <source>In turn</source>
        <extracomment>Reasons the program itself writes to the log (shown in words by the log and exports).</extracomment>
        <translation>按序</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/rotation.py" line="91"/>
        <source>Fill-in</source>
        <translation>补位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/rotation.py" line="92"/>
        <source>Returning customer</source>
        <translation>老客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/rotation.py" line="93"/>
        <source>Stand-in for owner</source>
        <translation>代接</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/rotation.py" line="94"/>
        <source>Manager override</source>
        <translation>经理指定</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../reception_desk/ui/accounts/audit_dialog.py" line="38"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/audit_dialog.py" line="45"/>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/audit_dialog.py" line="58"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/audit_dialog.py" line="53"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/audit_dialog.py" line="53"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/audit_dialog.py" line="53"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/audit_dialog.py" line="54"/>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/audit_dialog.py" line="54"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/audit_dialog.py" line="99"/>
        <source>Export audit log</source>
        <translation>导出审计日志</translation>
    </message>
</context>
<context>
    <name>BarDeskPanel</name>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/panel.py" line="95"/>
        <source>No drinks waiting. Select a party on the arrival board and press D to order.</source>
        <extracomment>The &quot;served at the bar&quot; line shows this long after a bump. A row was double-clicked: the party&apos;s id, for the board to select it. When the list must be read again without an event (a refill falls due, a served order ages out).</extracomment>
        <translation>暂无待上饮品。在到访看板上选中客户，按 D 点单。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/panel.py" line="105"/>
        <source>At the tables</source>
        <translation>桌边服务</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/panel.py" line="120"/>
        <source>Drinks for the selected party…</source>
        <extracomment>The board&apos;s &quot;Drinks…&quot; action, set by the main window (D on the board).</extracomment>
        <translation>为选中的客户点饮品…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/panel.py" line="257"/>
        <source>Waiting: %1</source>
        <translation>待上：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/panel.py" line="259"/>
        <source>⚠ late: %1</source>
        <translation>⚠ 超时：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/panel.py" line="261"/>
        <source>refills due: %1</source>
        <translation>待续杯：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/panel.py" line="263"/>
        <source>tables to clear: %1</source>
        <translation>待清台：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/panel.py" line="265"/>
        <source>low stock: %1</source>
        <translation>库存不足：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/panel.py" line="282"/>
        <source>✓ Served at the bar %1: %2 %3 — %4 (%5)</source>
        <translation>✓ 水吧 %1 已出品：%2 %3 — %4（%5）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/panel.py" line="292"/>
        <source>Refill round · %1 %2 · due %3 ago</source>
        <translation>续杯巡台 · %1 %2 · 已逾时 %3</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/panel.py" line="298"/>
        <source>Clear the table · %1</source>
        <translation>清台 · %1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/panel.py" line="300"/>
        <source>(%1 left)</source>
        <translation>（%1已离开）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/panel.py" line="305"/>
        <source>Next refill round · %1 %2 at %3</source>
        <translation>下次续杯巡台 · %1 %2 · %3</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/panel.py" line="335"/>
        <source>Low stock (%1): %2</source>
        <translation>库存不足（%1）：%2</translation>
    </message>
</context>
<context>
    <name>BarMenu</name>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_menu.py" line="30"/>
        <source>&amp;Bar</source>
        <translation>水吧(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_menu.py" line="41"/>
        <source>&amp;Menu…</source>
        <translation>饮品单(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_menu.py" line="42"/>
        <source>&amp;Stock…</source>
        <translation>库存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_menu.py" line="43"/>
        <source>&amp;Goods in…</source>
        <translation>入库(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_menu.py" line="45"/>
        <source>&amp;Closing count…</source>
        <translation>清点物耗(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_menu.py" line="47"/>
        <source>Print &amp;requisition…</source>
        <translation>打印物资领用申请(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_menu.py" line="50"/>
        <source>Bar s&amp;tatistics…</source>
        <translation>水吧统计(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_menu.py" line="65"/>
        <source>Closing count time: count the bar&apos;s stock.</source>
        <translation>到清点物耗时间了：请清点水吧库存。</translation>
    </message>
</context>
<context>
    <name>BarOrdersModel</name>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/model.py" line="93"/>
        <source>Waiting</source>
        <translation>计时</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/model.py" line="93"/>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/model.py" line="93"/>
        <source>Guest</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/model.py" line="93"/>
        <source>Drinks</source>
        <translation>饮品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/model.py" line="157"/>
        <source>A new cup from a refill round</source>
        <translation>续杯巡台时换的新饮品</translation>
    </message>
</context>
<context>
    <name>BarStatsDialog</name>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="36"/>
        <source>Bar statistics</source>
        <translation>水吧统计</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="43"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="44"/>
        <source>Drinks ordered</source>
        <translation>饮品杯数</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="45"/>
        <source>Orders served</source>
        <translation>已出品订单</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="46"/>
        <source>Median time to serve</source>
        <translation>出品用时中位数</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="47"/>
        <source>90% served within</source>
        <translation>90%订单出品用时不超过</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="48"/>
        <source>Served within the promise</source>
        <translation>按时出品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="49"/>
        <source>Refills per party</source>
        <translation>每组客户平均续杯</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="50"/>
        <source>New cups at refill rounds</source>
        <translation>续杯巡台换新饮品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="63"/>
        <source>Stock item</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="63"/>
        <source>Used by serving</source>
        <translation>出品消耗</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="63"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="70"/>
        <source>Consumption (serving minus recalls)</source>
        <translation>物耗（出品减撤回）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="111"/>
        <source>%1% (%2 of %3; %4 late)</source>
        <translation>%1%（%3单中按时%2单，超时%4单）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="116"/>
        <source>%1 (%2 refills, %3 parties)</source>
        <translation>%1（续杯%2次，%3组客户）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/bar_stats_dialog.py" line="130"/>
        <source>Time to serve runs from ordering to serving, over served orders; the promise is %1 minutes. A refill is the same cup topped up; a different drink at a refill round is a new cup and a new order.</source>
        <translation>出品用时指从点单到出品的时间，只统计已出品的订单；承诺时限为%1分钟。续杯指原杯加满；续杯巡台时换成其他饮品，算作新的一杯、新的订单。</translation>
    </message>
</context>
<context>
    <name>BarTimer</name>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/model.py" line="49"/>
        <source>late</source>
        <extracomment>&quot;in_time&quot;, &quot;amber&quot;, &quot;late&quot; for an open order, &quot;served&quot; for a served one.</extracomment>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/model.py" line="51"/>
        <source>due soon</source>
        <translation>快到时</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/model.py" line="52"/>
        <source>in time</source>
        <translation>计时中</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/model.py" line="58"/>
        <location filename="../../reception_desk/ui/bar_desk/panel.py" line="172"/>
        <source>served in %1</source>
        <translation>出品用时 %1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/model.py" line="61"/>
        <source>, late</source>
        <translation>，超时</translation>
    </message>
</context>
<context>
    <name>BarWindow</name>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="139"/>
        <source>choose order</source>
        <extracomment>The late cards&apos; background alternates with this phase (every 500 ms).</extracomment>
        <translation>选择订单</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="139"/>
        <source>served</source>
        <translation>已上</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="140"/>
        <source>recall</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="140"/>
        <source>refill round</source>
        <translation>续杯巡台</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="141"/>
        <source>table cleared</source>
        <translation>已清台</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="141"/>
        <source>new order</source>
        <translation>新点单</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="142"/>
        <source>mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="142"/>
        <source>remark</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="143"/>
        <source>full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="168"/>
        <source>Orders — oldest first</source>
        <translation>待上饮品（先点先上）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="183"/>
        <location filename="../../reception_desk/ui/bar/window.py" line="365"/>
        <source>No drinks waiting.</source>
        <translation>暂无待上饮品。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="197"/>
        <source>Served   (Space)</source>
        <translation>已上（空格）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="199"/>
        <source>Recall last   (Backspace)</source>
        <translation>撤回上一杯（退格）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="201"/>
        <source>New order   (N)</source>
        <translation>新点单 (N)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="203"/>
        <source>Remark   (K)</source>
        <translation>客户意见 (K)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="268"/>
        <source>%1 · Water bar</source>
        <translation>%1 · 水吧</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="269"/>
        <source>Water bar — %1</source>
        <translation>水吧 — %1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="317"/>
        <source>Waiting %1</source>
        <translation>待上 %1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="318"/>
        <source>Late %1</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="319"/>
        <source>Refills %1</source>
        <translation>续杯 %1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="320"/>
        <source>Tables %1</source>
        <translation>清台 %1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="370"/>
        <source>Served: %1 %2 — Backspace takes it back.</source>
        <translation>已上：%1 %2 — 按退格键可撤回。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="379"/>
        <source>Back in the queue: %1 %2</source>
        <translation>已撤回，重新排队：%1 %2</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="391"/>
        <source>No refill round due.</source>
        <translation>暂无待续杯。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="409"/>
        <source>%1: refilled.</source>
        <translation>%1：已续杯。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="410"/>
        <source>%1: no refill wanted.</source>
        <translation>%1：不需要续杯。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="415"/>
        <source>New cup for %1 %2</source>
        <translation>为%1 %2换新饮品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="426"/>
        <source>%1: new cup ordered.</source>
        <translation>%1：新饮品已下单。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="446"/>
        <source>No party is seated now.</source>
        <translation>目前没有已入座的客户。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="459"/>
        <source>New order — choose the table</source>
        <translation>新点单 — 选择桌位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="464"/>
        <source>No drink is available.</source>
        <translation>暂无可供应的饮品。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="466"/>
        <source>New order for %1</source>
        <translation>为%1新点单</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="477"/>
        <source>%1: ordered.</source>
        <translation>%1：已下单。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="488"/>
        <source>Remark — choose the table</source>
        <translation>客户意见 — 选择桌位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="495"/>
        <source>%1: remark noted.</source>
        <translation>%1：客户意见已记录。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="502"/>
        <source>No table to clear.</source>
        <translation>暂无待清台。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="510"/>
        <source>%1 is clear.</source>
        <translation>%1已清台。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="516"/>
        <source>Sound off: late orders still flash.</source>
        <translation>已静音：超时订单仍会闪烁。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="517"/>
        <source>Sound on.</source>
        <translation>声音已打开。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="520"/>
        <source>Muted (M)</source>
        <translation>已静音 (M)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="521"/>
        <source>Sound on (M)</source>
        <translation>声音开 (M)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="535"/>
        <source>Connection to the database is back.</source>
        <translation>数据库连接已恢复。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/window.py" line="537"/>
        <source>Connection to the database lost: reconnecting… Nothing can be served until it is back.</source>
        <translation>数据库连接中断，正在重新连接……恢复之前无法出品。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/model.py" line="50"/>
        <source>Late</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/model.py" line="52"/>
        <source>Due soon</source>
        <translation>快到时</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/model.py" line="53"/>
        <source>In time</source>
        <translation>计时中</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/model.py" line="69"/>
        <source>Fill to %1</source>
        <translation>倒至 %1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/model.py" line="119"/>
        <source>Refill round · new cup</source>
        <translation>续杯巡台 · 新饮品</translation>
    </message>
</context>
<context>
    <name>BatchPrintJob</name>
    <message>
        <location filename="../../reception_desk/ui/print_jobs.py" line="96"/>
        <source>Preparing the sheets…</source>
        <extracomment>Reports (sheets done, sheets in all); may raise :class:`Cancelled`.</extracomment>
        <translation>正在准备单据…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/print_jobs.py" line="97"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/print_jobs.py" line="117"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/print_jobs.py" line="130"/>
        <source>Sheet %1 of %2</source>
        <translation>第 %1 份，共 %2 份</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/print_jobs.py" line="168"/>
        <source>The sheets could not be made: %1</source>
        <translation>无法生成单据：%1</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="27"/>
        <source>cannot use the database: {detail}</source>
        <translation>无法使用数据库：{detail}</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="28"/>
        <source>there is no database file at {path}; check --db or RECEPTION_DESK_DB, or create one with &apos;reception-desk migrate&apos;</source>
        <translation>找不到数据库文件 {path}；请检查 --db 或环境变量 RECEPTION_DESK_DB，或先用 reception-desk migrate 创建数据库</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="31"/>
        <source>cannot create the folder {path} for the database ({reason}); use --db to choose a writable place</source>
        <translation>无法为数据库创建文件夹 {path}（{reason}）；请用 --db 指定一个可写的位置</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="34"/>
        <source>{path} is not a readable Reception Desk database (damaged or another kind of file); restore a backup or use another --db</source>
        <translation>{path} 不是可读的 Reception Desk 数据库（已损坏或是别的文件）；请恢复备份，或用 --db 指定另一个数据库</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="37"/>
        <source>cannot open {path}: check the folder exists and is writable</source>
        <translation>无法打开 {path}：请检查文件夹是否存在且可写</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="39"/>
        <source>{path} is locked by another program; close it and try again</source>
        <translation>{path} 被另一个程序锁定；请关闭该程序后重试</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="41"/>
        <source>cannot reach the database server ({where}): check that it is running and the URL, user and password are right</source>
        <translation>无法连接数据库服务器（{where}）：请检查服务器是否运行，以及地址、用户名和密码是否正确</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="44"/>
        <source>{where} was written by a newer version of Reception Desk (schema {revision}); update the program before opening it</source>
        <translation>{where} 由更新版本的 Reception Desk 写入（结构版本 {revision}）；请先升级本程序再打开</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="47"/>
        <source>{path} is damaged (integrity check: {detail}); restore a backup (reception-desk restore FILE) or use another --db</source>
        <translation>{path} 已损坏（完整性检查：{detail}）；请恢复备份（reception-desk restore 文件），或用 --db 指定另一个数据库</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="50"/>
        <source>{path} is empty and holds no Reception Desk data; restore a backup, or run &apos;reception-desk migrate --create&apos; to start a new database in its place</source>
        <translation>{path} 是空文件，没有任何 Reception Desk 数据；请恢复备份，或运行 reception-desk migrate --create 在此处新建数据库</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="53"/>
        <source>{path} is a database of another program, not of Reception Desk; use another --db</source>
        <translation>{path} 是别的程序的数据库，不是 Reception Desk 的；请用 --db 指定另一个数据库</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="55"/>
        <source>{where} is missing the tables {names}; restore a backup (reception-desk restore FILE)</source>
        <translation>{where} 缺少数据表 {names}；请恢复备份（reception-desk restore 文件）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="58"/>
        <source>{where} is missing the columns {names}; restore a backup (reception-desk restore FILE)</source>
        <translation>{where} 缺少数据列 {names}；请恢复备份（reception-desk restore 文件）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="61"/>
        <source>&apos;{url}&apos; is not a database URL; use e.g. sqlite:///path/to/desk.db or postgresql+psycopg://user@host/dbname</source>
        <translation>“{url}”不是数据库地址；请使用例如 sqlite:///路径/desk.db 或 postgresql+psycopg://用户@主机/数据库名</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="64"/>
        <source>database type &apos;{kind}&apos; is not supported; use SQLite or PostgreSQL</source>
        <translation>不支持数据库类型“{kind}”；请使用 SQLite 或 PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="66"/>
        <source>the driver for &apos;{driver}&apos; is not installed; for PostgreSQL install the extra: pip install &apos;reception-desk[postgres]&apos;</source>
        <translation>未安装“{driver}”的驱动；PostgreSQL 请安装：pip install &apos;reception-desk[postgres]&apos;</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="69"/>
        <source>cannot write the backup {path} ({reason}); check that the folder exists, is writable and has free space</source>
        <translation>无法写入备份 {path}（{reason}）；请确认文件夹存在、可写且有空余空间</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="72"/>
        <source>there is no backup file at {path}</source>
        <translation>找不到备份文件 {path}</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="73"/>
        <source>{path} holds no Reception Desk data; choose another backup</source>
        <translation>{path} 中没有 Reception Desk 数据；请选择另一个备份</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="75"/>
        <source>pg_dump is not on PATH; install the PostgreSQL client tools and run: {command}</source>
        <translation>找不到 pg_dump；请安装 PostgreSQL 客户端工具后运行：{command}</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="77"/>
        <source>restore a PostgreSQL database with pg_restore (close every window first): {command}</source>
        <translation>PostgreSQL 数据库请用 pg_restore 恢复（先关闭所有窗口）：{command}</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="80"/>
        <source>{path} is open in another program (a Reception Desk window or command); close every window that uses it, then restore again</source>
        <translation>{path} 正被另一个程序（Reception Desk 窗口或命令）打开；请关闭所有使用它的窗口后再恢复</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="83"/>
        <source>{path} is the database itself; choose a backup copy</source>
        <translation>{path} 就是数据库本身；请选择一个备份文件</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="84"/>
        <source>cannot restore {source} to {path} ({reason}); the replaced file is {kept}</source>
        <translation>无法把 {source} 恢复到 {path}（{reason}）；被替换的文件：{kept}</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="86"/>
        <source>&apos;{value}&apos; is not a valid date; use YYYY-MM-DD, e.g. 2026-11-28</source>
        <translation>日期“{value}”无效；请用 YYYY-MM-DD 格式，例如 2026-11-28</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="88"/>
        <source>the start date {start} is after the end date {end}; check --from and --to</source>
        <translation>开始日期 {start} 晚于结束日期 {end}；请检查 --from 和 --to</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="90"/>
        <source>{where}: the disk is full; nothing from this action was saved (everything saved before is safe). Free some space and try again</source>
        <translation>{where}：磁盘已满，本次操作没有保存任何内容（之前保存的数据都在）；请腾出磁盘空间后重试</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="93"/>
        <source>{where} is read-only; nothing from this action was saved (everything saved before is safe). Check the permissions of the file and its folder</source>
        <translation>{where} 是只读的，本次操作没有保存任何内容（之前保存的数据都在）；请检查该文件及其文件夹的写入权限</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="96"/>
        <source>{value} is outside the dates this program works with ({earliest} to {latest}); check --from and --to</source>
        <translation>日期 {value} 超出本程序可处理的范围（{earliest} 至 {latest}）；请检查 --from 和 --to</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="99"/>
        <source>--days must be between 1 and {max} (got {value})</source>
        <translation>--days 必须在 1 到 {max} 之间（收到 {value}）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="100"/>
        <source>there is no export dataset called &apos;{name}&apos;; available: {known}</source>
        <translation>没有名为“{name}”的导出数据集；可用的有：{known}</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="102"/>
        <source>unsupported export format &apos;{fmt}&apos;; use csv or xlsx</source>
        <translation>不支持的导出格式“{fmt}”；请用 csv 或 xlsx</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="104"/>
        <source>cannot write {path} ({reason}); check the folder exists, you may write there and the file is not open in another program such as Excel</source>
        <translation>无法写入 {path}（{reason}）；请确认文件夹存在、有写入权限，且文件没有在 Excel 等程序中打开</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="107"/>
        <source>the database already holds {count} real visits and demo data would mix with them; use another --db, or add --force if you are sure</source>
        <translation>数据库中已有 {count} 组真实到访记录，演示数据会与之混在一起；请用 --db 换一个数据库，或确认后加 --force</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="110"/>
        <source>there is no reception request with number or id &apos;{request}&apos;; check the number, e.g. JD20261203-01</source>
        <translation>没有编号或 ID 为“{request}”的接待申请；请检查申请编号，例如 JD20261203-01</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="113"/>
        <source>--blank applies to the feedback form only, not to &apos;{kind}&apos;</source>
        <translation>--blank 只适用于反馈表（feedback），不适用于“{kind}”</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="115"/>
        <source>unexpected error ({kind}: {detail}); details are in the log {log}</source>
        <translation>发生意外错误（{kind}: {detail}）；详情见日志 {log}</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="118"/>
        <source>Wrote {days} days ({first} to {last}) of demo data to {db}: {parties} parties, {people} people; {today} today, {inside} in the building now; {requests} reception requests, {calls} hotline calls. Removed {deleted} earlier demo parties.</source>
        <translation>已在 {db} 生成 {days} 天（{first} 至 {last}）的演示数据：{parties} 组、{people} 人；今天 {today} 组，现在在场 {inside} 组；接待申请 {requests} 份，来电 {calls} 个。删除了之前的演示数据 {deleted} 组。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="123"/>
        <source>The demo administrator “{name}” has PIN {pin} (shown only this once: note it). Other demo accounts: receptionist 1111, bar 2222, department head 3333, general manager 4444.</source>
        <translation>演示管理员“{name}”的 PIN：{pin}（只显示这一次，请记下）。其他演示账户：前台 1111，水吧 2222，部门负责人 3333，总经理 4444。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="127"/>
        <source>{db}: schema upgraded from {before} to {after}</source>
        <translation>{db}：数据库结构已从 {before} 升级到 {after}</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="128"/>
        <source>{db}: schema already up to date ({after}); nothing to do</source>
        <translation>{db}：数据库结构已是最新（{after}），无需升级</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="130"/>
        <source>backup taken before the upgrade: {path}</source>
        <translation>升级前的备份：{path}</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="131"/>
        <source>no backup made (new database or nothing to upgrade)</source>
        <translation>未做备份（新数据库或无需升级）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="133"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="134"/>
        <source>database: {db}</source>
        <translation>数据库：{db}</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="135"/>
        <source>integrity: ok</source>
        <translation>完整性检查：正常</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="136"/>
        <source>integrity: FAILED — {detail}; restore the latest backup</source>
        <translation>完整性检查：失败 —— {detail}；请恢复最近的备份</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="138"/>
        <source>connection: ok</source>
        <translation>连接：正常</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="139"/>
        <source>schema version: current {current}, head {head}</source>
        <translation>数据库结构版本：当前 {current}，最新 {head}</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="140"/>
        <source>the schema is behind: run &apos;reception-desk migrate&apos;</source>
        <translation>数据库结构需要升级：请运行 reception-desk migrate</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="142"/>
        <source>the schema is newer than this program: update the program</source>
        <translation>数据库结构比本程序新：请升级本程序</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="144"/>
        <source>tables, columns and indexes: all present</source>
        <translation>表、列和索引：齐全</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="145"/>
        <source>missing tables: {names}; restore a backup</source>
        <translation>缺少数据表：{names}；请恢复备份</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="146"/>
        <source>missing columns: {names}; restore a backup</source>
        <translation>缺少数据列：{names}；请恢复备份</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="147"/>
        <source>missing indexes: {names}; restore a backup</source>
        <translation>缺少索引：{names}；请恢复备份</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="148"/>
        <source>  {table}: {count} rows</source>
        <translation>  {table}：{count} 行</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="149"/>
        <source>  {table}: missing</source>
        <translation>  {table}：缺少此表</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="150"/>
        <source>rows per table:</source>
        <translation>各表行数：</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="151"/>
        <source>phones, names and plates are masked. Full values need a manager&apos;s or admin&apos;s approval: --as NAME (then their PIN, or --pin-from-stdin in scripts)</source>
        <translation>电话、姓名和车牌已打码。完整数据需经理或管理员授权：--as 姓名（再输入 PIN，脚本可用 --pin-from-stdin）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="154"/>
        <source>“{dataset}” holds personal data. Approving manager or admin (Enter for a masked export): </source>
        <translation>“{dataset}”含个人信息。授权的经理或管理员姓名（直接回车则导出打码数据）：</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="157"/>
        <location filename="../../reception_desk/cli_privacy.py" line="50"/>
        <source>PIN of {name}: </source>
        <translation>{name} 的 PIN：</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="158"/>
        <source>--pin-from-stdin needs --as NAME to say whose PIN it is; nothing was exported</source>
        <translation>--pin-from-stdin 需要同时用 --as 指明是谁的 PIN；未导出任何数据</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="160"/>
        <source>no PIN: run it in a terminal to type the PIN, or give it on stdin with --pin-from-stdin; nothing was exported</source>
        <translation>没有 PIN：请在终端中运行以输入 PIN，或用 --pin-from-stdin 从标准输入读取；未导出任何数据</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="163"/>
        <source>there is no active account called “{name}”; use a manager&apos;s or admin&apos;s account name; nothing was exported</source>
        <translation>没有名为“{name}”的在用账户；请用经理或管理员的账户名；未导出任何数据</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="166"/>
        <source>{name} may not approve a full export of “{dataset}” (a manager or admin may); nothing was exported</source>
        <translation>{name} 无权导出“{dataset}”的完整数据（需要经理或管理员）；未导出任何数据</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="169"/>
        <source>wrong PIN for {name} ({n} tries left); nothing was exported</source>
        <translation>{name} 的 PIN 不对（还可再试 {n} 次）；未导出任何数据</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="171"/>
        <source>the account of {name} is locked after too many wrong PINs until {until}; nothing was exported</source>
        <translation>{name} 的账户因 PIN 输错次数过多已锁定，到 {until} 解锁；未导出任何数据</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="174"/>
        <source>audit log hash chain: intact ({rows} rows, last hash {head}…)</source>
        <translation>审计日志哈希链：完整（{rows} 条，末条哈希 {head}…）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="176"/>
        <source>audit log hash chain BROKEN at row {id} ({at}, {actor}, {action}): this row or the one before it was edited, deleted or inserted outside the app</source>
        <translation>审计日志哈希链：第 {id} 条（{at}，{actor}，{action}）与之前的记录对不上——该条或其前一条在程序之外被修改、删除或插入过</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="179"/>
        <source>check passed</source>
        <translation>检查通过</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="180"/>
        <source>check FAILED</source>
        <translation>检查未通过</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="181"/>
        <source>backup written to {path}</source>
        <translation>备份已写入 {path}</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="182"/>
        <source>restored {path} from {source}; the next start brings its schema up to date if needed</source>
        <translation>已用 {source} 恢复 {path}；下次启动时会自动升级其结构（如需要）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="185"/>
        <source>the replaced database is kept as {path}</source>
        <translation>被替换的数据库保存在 {path}</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="186"/>
        <source>exported {rows} rows ({dataset}, {start} to {end}) to {path}</source>
        <translation>已导出 {rows} 行（{dataset}，{start} 至 {end}）到 {path}</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="244"/>
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="245"/>
        <source>part of the path is not a folder</source>
        <translation>路径中有一部分不是文件夹</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="246"/>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="247"/>
        <location filename="../../reception_desk/cli_messages.py" line="248"/>
        <source>no permission</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="249"/>
        <source>read-only disk</source>
        <translation>只读的磁盘</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="250"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_messages.py" line="251"/>
        <source>the file is in use</source>
        <translation>文件正被占用</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_privacy.py" line="34"/>
        <source>retention {days} days: customers with no call, visit or appointment since {cutoff} are anonymised by the next run:</source>
        <translation>保留期限 {days} 天：最后一次来电、到访或预约早于 {cutoff} 的客户，下次运行将被匿名化：</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_privacy.py" line="37"/>
        <source>  customer {id}  {name}  {phone}  last activity {last}  {calls} calls, {visits} visits, {appointments} appointments</source>
        <translation>  客户 {id}  {name}  {phone}  最后活动 {last}  来电 {calls} 次，到访 {visits} 次，预约 {appointments} 次</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_privacy.py" line="40"/>
        <source>  (no customer is due)</source>
        <translation>  （没有到期的客户）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_privacy.py" line="41"/>
        <source>and records without a customer: {calls} calls, {visits} visits, {appointments} appointments</source>
        <translation>另有无客户档案的记录：来电 {calls} 条，到访 {visits} 条，预约 {appointments} 条</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_privacy.py" line="44"/>
        <source>anonymised {customers} customers and, without a customer, {calls} calls, {visits} visits, {appointments} appointments; recorded in the audit log</source>
        <translation>已匿名化 {customers} 位客户，以及无客户档案的来电 {calls} 条、到访 {visits} 条、预约 {appointments} 条；已记入审计日志</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_privacy.py" line="47"/>
        <source>this needs an administrator: name one with --as (the PIN is asked); nothing was changed</source>
        <translation>此操作需要管理员：请用 --as 指明管理员账户名（PIN 会被询问）；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_privacy.py" line="51"/>
        <source>no PIN: run it in a terminal to type the PIN, or give it on stdin with --pin-from-stdin; nothing was changed</source>
        <translation>没有 PIN：请在终端中运行以输入 PIN，或用 --pin-from-stdin 从标准输入读取；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_privacy.py" line="54"/>
        <source>there is no active account called “{name}”; nothing was changed</source>
        <translation>没有名为“{name}”的在用账户；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_privacy.py" line="56"/>
        <source>“{name}” is not an administrator: only an admin may export or erase a customer&apos;s personal data; nothing was changed</source>
        <translation>“{name}”不是管理员：只有管理员可以导出或删除一位客户的个人信息；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_privacy.py" line="59"/>
        <source>wrong PIN for {name} ({n} tries left); nothing was changed</source>
        <translation>{name} 的 PIN 不对（还可再试 {n} 次）；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_privacy.py" line="61"/>
        <source>the account of {name} is locked after too many wrong PINs until {until}; nothing was changed</source>
        <translation>{name} 的账户因 PIN 输错次数过多已锁定，到 {until} 解锁；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_privacy.py" line="64"/>
        <source>there is no customer {id}; look the number up in Customers or with retention --preview</source>
        <translation>没有编号为 {id} 的客户；请用“客户”窗口或 retention --preview 查看编号</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_privacy.py" line="67"/>
        <source>the personal data of customer {id} was already removed on {when}</source>
        <translation>客户 {id} 的个人信息已于 {when} 删除（匿名化）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_privacy.py" line="69"/>
        <source>unsupported format “{fmt}”; use json or xlsx</source>
        <translation>不支持的格式“{fmt}”；请用 json 或 xlsx</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_privacy.py" line="70"/>
        <source>cannot write {path} ({reason})</source>
        <translation>无法写入 {path}（{reason}）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_privacy.py" line="71"/>
        <source>wrote everything held about customer {id} to {path}; recorded in the audit log</source>
        <translation>已把客户 {id} 的全部信息写入 {path}；已记入审计日志</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_privacy.py" line="73"/>
        <source>erase the personal data of customer {id} (name, phones, plate, address, notes); statistics stay; this cannot be undone. Type yes to confirm: </source>
        <translation>删除客户 {id} 的个人信息（姓名、电话、车牌、地址、备注），统计数据保留，无法撤销。确认请输入 yes：</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_privacy.py" line="76"/>
        <source>erasing needs a confirmation: run it in a terminal, or add --yes; nothing was changed</source>
        <translation>删除需要确认：请在终端中运行，或加 --yes；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_privacy.py" line="79"/>
        <source>not confirmed; nothing was changed</source>
        <translation>未确认；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_privacy.py" line="80"/>
        <source>erased (anonymised) the personal data of customer {id} ({count} records merged into it included); recorded in the audit log</source>
        <translation>已删除（匿名化）客户 {id} 的个人信息（含合并进来的 {count} 条记录）；已记入审计日志</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_import.py" line="21"/>
        <source>the first row must name the columns; missing: {columns}</source>
        <translation>第一行必须是列名；缺少：{columns}</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_import.py" line="23"/>
        <source>the file has no rows to import</source>
        <translation>文件中没有可导入的行</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_import.py" line="24"/>
        <source>row {row}: the agency is missing</source>
        <translation>第 {row} 行：缺少渠道</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_import.py" line="25"/>
        <source>row {row}: the phone is missing</source>
        <translation>第 {row} 行：缺少电话</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_import.py" line="26"/>
        <source>row {row}: &apos;{value}&apos; is not a valid phone</source>
        <translation>第 {row} 行：“{value}”不是有效的电话号码</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_import.py" line="27"/>
        <source>row {row}: the expected date is missing</source>
        <translation>第 {row} 行：缺少预计到访日期</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_import.py" line="28"/>
        <source>row {row}: &apos;{value}&apos; is not a date (use 2026-11-28)</source>
        <translation>第 {row} 行：“{value}”不是日期（请用 2026-11-28）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_import.py" line="30"/>
        <source>row {row}: &apos;{value}&apos; is not a number of people</source>
        <translation>第 {row} 行：“{value}”不是人数</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_import.py" line="31"/>
        <source>row {row}: {column} is too long (at most {max} characters)</source>
        <translation>第 {row} 行：{column} 太长（最多 {max} 个字符）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_import.py" line="33"/>
        <source>row {row}: {column} holds a character that cannot be stored ({char})</source>
        <translation>第 {row} 行：{column} 含有无法保存的字符（{char}）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_import.py" line="35"/>
        <source>row {row}: {column} holds only invisible characters</source>
        <translation>第 {row} 行：{column} 只含有不可见字符</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_import.py" line="37"/>
        <source>row {row}: {value} is outside the dates this program works with</source>
        <translation>第 {row} 行：日期 {value} 超出本程序可处理的范围</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_import.py" line="39"/>
        <source>row {row}: the same customer, agency and date as row {first}</source>
        <translation>第 {row} 行：与第 {first} 行的客户、渠道和日期相同</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_import.py" line="41"/>
        <source>row {row}: already imported earlier</source>
        <translation>第 {row} 行：之前已导入</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_import.py" line="42"/>
        <source>cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_import.py" line="43"/>
        <source>the file is larger than 20 MB</source>
        <translation>文件太大（超过 20 MB）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_import.py" line="44"/>
        <source>more than 50000 rows</source>
        <translation>行数太多（超过 50000 行）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_import.py" line="45"/>
        <source>neither UTF-8 nor GBK text (a binary file?)</source>
        <translation>既不是 UTF-8 也不是 GBK 编码的文本（可能是二进制文件）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_import.py" line="46"/>
        <source>not a readable Excel file</source>
        <translation>不是可读取的 Excel 文件</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_import.py" line="47"/>
        <source>not a readable CSV file</source>
        <translation>不是可读取的 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_import.py" line="49"/>
        <source>{path}: {rows}, {valid} valid, {already} already imported, {bad} with problems</source>
        <translation>{path}：共 {rows}，{valid} 行有效，{already} 行之前已导入，{bad} 行有问题</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_import.py" line="51"/>
        <source>dry run: nothing was imported</source>
        <translation>试运行：未导入任何内容</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_import.py" line="53"/>
        <source>imported {appointments} ({conflicts} the manager&apos;s decision)</source>
        <translation>已导入 {appointments}（其中 {conflicts}经理判客）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_import.py" line="55"/>
        <source>row {row}: just imported on another PC, skipped</source>
        <translation>第 {row} 行：刚被其他电脑导入，已跳过</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_import.py" line="56"/>
        <source>row {row} {name} ({agency}): needs the manager&apos;s decision (判客): the customer already belongs to a consultant</source>
        <translation>第 {row} 行 {name}（{agency}）：需经理判客，该客户已归属置业顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_import.py" line="59"/>
        <source>row {row} {name} ({agency}): needs the manager&apos;s decision (判客): another agency registered the customer first</source>
        <translation>第 {row} 行 {name}（{agency}）：需经理判客，其他渠道已先报备该客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_import.py" line="66"/>
        <source>{n} row</source>
        <extracomment>The counts inside a message, English singular and plural (Chinese has one form).</extracomment>
        <translation>{n} 行</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_import.py" line="66"/>
        <source>{n} rows</source>
        <translation>{n} 行</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_import.py" line="67"/>
        <source>{n} appointment</source>
        <translation>{n} 条预约</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_import.py" line="68"/>
        <source>{n} appointments</source>
        <translation>{n} 条预约</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_import.py" line="69"/>
        <source>{n} needs</source>
        <translation>{n} 条需</translation>
    </message>
    <message>
        <location filename="../../reception_desk/cli_import.py" line="69"/>
        <source>{n} need</source>
        <translation>{n} 条需</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="81"/>
        <source>Log a call</source>
        <translation>来电登记</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="96"/>
        <source>type first · 138 1234 5678 or 010-12345678</source>
        <translation>请先填电话 · 138 1234 5678 或 010-12345678</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="97"/>
        <source>second / landline, optional</source>
        <translation>备用号码 / 座机，选填</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="98"/>
        <source>e.g. 张伟 or 张</source>
        <translation>例如：张伟 或 张</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="107"/>
        <source>district or address</source>
        <translation>区域或地址</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="108"/>
        <source>m², e.g. 90-120</source>
        <translation>m²，例如：90-120</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="109"/>
        <source>e.g. 200万 or 2万/m²</source>
        <translation>例如：200万 或 2万/m²</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="110"/>
        <source>e.g. 3室2厅</source>
        <translation>例如：3室2厅</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="111"/>
        <source>e.g. middle, 8-15</source>
        <translation>例如：中层、8-15层</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="116"/>
        <source>— how they heard of us —</source>
        <translation>— 如何得知本项目 —</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="117"/>
        <source>what the caller asked</source>
        <translation>客户咨询的问题</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="120"/>
        <source>— the desk answered —</source>
        <translation>— 前台接听 —</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="130"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="131"/>
        <source>The agreed visit time, e.g. 14:30; empty: no visit agreed</source>
        <translation>约定的到访时间，例如 14:30；留空表示未约定到访</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="137"/>
        <source> people</source>
        <translation>位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="137"/>
        <source> person</source>
        <translation>位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="140"/>
        <source>Competitor research call (同行调研)</source>
        <translation>同行调研来电</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="142"/>
        <source>Not a customer</source>
        <translation>非客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="179"/>
        <source>&amp;Phone</source>
        <extracomment>CallForm attribute -&gt; the widget that holds it.</extracomment>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="180"/>
        <source>Phone &amp;2</source>
        <translation>电话2(&amp;2)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="181"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="182"/>
        <source>&amp;District</source>
        <translation>区域(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="183"/>
        <source>&amp;Area / budget</source>
        <translation>面积 / 预算(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="184"/>
        <source>&amp;Layout / floor</source>
        <translation>户型 / 楼层(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="185"/>
        <source>C&amp;hannel</source>
        <translation>认知渠道(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="186"/>
        <source>&amp;Questions</source>
        <translation>咨询问题(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="187"/>
        <source>Ans&amp;wered by</source>
        <translation>接听顾问(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="188"/>
        <source>&amp;Visit agreed</source>
        <translation>约定到访(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="190"/>
        <source>No&amp;tes</source>
        <translation>备注(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="191"/>
        <source>&amp;Consent</source>
        <translation>联系许可(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="207"/>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="266"/>
        <source>Customer history</source>
        <translation>客户历史</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="221"/>
        <source>Enter saves · Esc cancels · phone first: a known caller fills in</source>
        <translation>回车保存 · Esc 取消 · 先输电话：老客户信息自动填入</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="245"/>
        <source>Not a valid phone number: use an 11-digit mobile (138 1234 5678) or a landline with area code (010-12345678).</source>
        <translation>电话号码无效：请输入11位手机号（138 1234 5678）或带区号的座机号（010-12345678）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="268"/>
        <source>Known caller ★</source>
        <translation>老客户 ★</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="355"/>
        <source>Type the visit time as 14:30 (or leave it empty: no visit agreed).</source>
        <translation>请按 14:30 的格式填写到访时间（未约定到访则留空）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="370"/>
        <source>the caller</source>
        <translation>来电客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="372"/>
        <source>Call logged: %1 is expected on %2 at %3 (arrival board)</source>
        <translation>来电已登记：%1预计 %2 %3 到访（已列入到访看板）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="377"/>
        <source>Call logged: %1</source>
        <translation>来电已登记：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/call_dialog.py" line="392"/>
        <source>Discard this call? What was typed is lost.</source>
        <translation>放弃本次来电登记吗？已填写的内容将丢失。</translation>
    </message>
</context>
<context>
    <name>ChoiceDialog</name>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="168"/>
        <source>%1 — taken by %2</source>
        <translation>%1 — 已被%2占用</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="173"/>
        <source>Seat the party</source>
        <translation>安排入座</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="174"/>
        <source>Where does the party sit?</source>
        <translation>客户在哪里入座？</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="179"/>
        <source>Move to stage</source>
        <translation>移到环节</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="180"/>
        <source>Move the party to:</source>
        <translation>将客户移到：</translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="255"/>
        <source>Closing count</source>
        <translation>清点物耗</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="280"/>
        <source>Type what is on the shelf in the Counted column (Enter moves to the next item); it starts at the expected quantity. Variance = counted − expected.</source>
        <translation>在“实盘”列填入货架上的实际数量（回车跳到下一项），初始值为应存数量。差异 = 实盘 − 应存。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="289"/>
        <source>Save count</source>
        <translation>保存盘点</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="290"/>
        <source>Print consumption sheet…</source>
        <translation>打印物耗表…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="332"/>
        <source>No stock items yet: add them under Bar › Stock.</source>
        <translation>还没有库存物品：请在“水吧 › 库存”中添加。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="334"/>
        <source>Closing count saved for this day: the stored variances are shown.</source>
        <translation>该日盘点已保存：显示的是已保存的差异。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="337"/>
        <source>Not counted yet: type the counted quantities, then Save count.</source>
        <translation>尚未盘点：请填入实盘数量，然后点“保存盘点”。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="340"/>
        <source>No closing count was saved for this day. Only today can be counted.</source>
        <translation>该日没有保存盘点。只能盘点今天。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="363"/>
        <source>Shortages so far: %1</source>
        <translation>目前短缺：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="365"/>
        <source>Shortages: %1 — report them for purchase.</source>
        <translation>短缺：%1 — 请报采购。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="386"/>
        <source>Count saved: %1 item(s), %2 short.</source>
        <translation>盘点已保存：共%1项，短缺%2项。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="389"/>
        <source>Count saved: %1 item(s), no shortages.</source>
        <translation>盘点已保存：共%1项，无短缺。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="408"/>
        <source>Save the consumption sheet as PDF</source>
        <translation>将物耗表保存为 PDF</translation>
    </message>
</context>
<context>
    <name>ClosingModel</name>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="93"/>
        <source>Item</source>
        <extracomment>The row&apos;s variance (float, or None when nothing counted) under this role.</extracomment>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="93"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="93"/>
        <source>Opening</source>
        <translation>期初</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="93"/>
        <source>Goods in</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="94"/>
        <source>Used</source>
        <translation>消耗</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="94"/>
        <source>Expected</source>
        <translation>应存</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="94"/>
        <source>Counted</source>
        <translation>实盘</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="95"/>
        <source>Variance</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="95"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="152"/>
        <source>not counted</source>
        <translation>未盘点</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="154"/>
        <source>Shortage</source>
        <translation>短缺</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="156"/>
        <source>Surplus</source>
        <translation>盈余</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="157"/>
        <source>Matches</source>
        <translation>相符</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="190"/>
        <source>Opening + goods in − used</source>
        <translation>期初 + 入库 − 消耗</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/closing_dialog.py" line="224"/>
        <source>Enter a quantity from 0 to 1,000,000.</source>
        <translation>请输入0到1,000,000之间的数量。</translation>
    </message>
</context>
<context>
    <name>ClosingReminder</name>
    <message>
        <location filename="../../reception_desk/ui/stock/reminder.py" line="115"/>
        <source>It is %1: count the bar&apos;s stock and save the closing count (清点物耗). Report any shortage for purchase.</source>
        <translation>已到%1，请清点物耗：清点水吧库存并保存盘点结果。如有短缺，请报采购。</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location filename="../../reception_desk/domain/customer_records.py" line="101"/>
        <source>Owned by a consultant</source>
        <translation>已有归属顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/customer_records.py" line="102"/>
        <source>Registered by another agency</source>
        <translation>其他渠道已报备</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../reception_desk/ui/hotline/conflicts_dialog.py" line="78"/>
        <source>Conflicts (判客)</source>
        <translation>判客</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/conflicts_dialog.py" line="84"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/conflicts_dialog.py" line="84"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/conflicts_dialog.py" line="84"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/conflicts_dialog.py" line="85"/>
        <source>Agency</source>
        <translation>报备渠道</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/conflicts_dialog.py" line="85"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/conflicts_dialog.py" line="85"/>
        <source>Registered</source>
        <translation>报备时间</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/conflicts_dialog.py" line="86"/>
        <source>First registration</source>
        <translation>首次报备 / 归属</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/conflicts_dialog.py" line="93"/>
        <source>&amp;Settle…</source>
        <translation>判客(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/conflicts_dialog.py" line="95"/>
        <source>Manager: decide who gets the customer</source>
        <translation>经理判定客户归属</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/hotline/conflicts_dialog.py" line="125"/>
        <source>%n pre-registration(s) waiting for the manager&apos;s decision</source>
        <translation>
            <numerusform>%n条渠道报备等待经理判客</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/conflicts_dialog.py" line="144"/>
        <source>settle a customer conflict</source>
        <translation>判客</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../../reception_desk/domain/customer_records.py" line="67"/>
        <source>Not asked</source>
        <extracomment>The first registration stands (the owner / the first agency keeps the credit). This pre-registration&apos;s agency gets the credit.</extracomment>
        <translation>未询问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/customer_records.py" line="68"/>
        <source>Agreed to be contacted</source>
        <translation>同意联系</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/customer_records.py" line="69"/>
        <source>Declined contact</source>
        <translation>拒绝联系</translation>
    </message>
</context>
<context>
    <name>ConsentBox</name>
    <message>
        <location filename="../../reception_desk/ui/privacy/consent_box.py" line="42"/>
        <source>Ask whether the customer agrees to be contacted later (calls, messages). Not asked keeps what is recorded; only Agreed puts them on call-back lists.</source>
        <translation>请询问客户是否同意日后联系（电话、短信）。“未询问”保留已记录的答复；只有“同意联系”的客户会列入回访名单。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/privacy/consent_box.py" line="64"/>
        <source>On record: %1</source>
        <translation>已记录：%1</translation>
    </message>
</context>
<context>
    <name>ConsultantDialog</name>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="190"/>
        <source>Consultant</source>
        <translation>置业顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="202"/>
        <source>Consultant receiving this party:</source>
        <translation>接待该客户的置业顾问：</translation>
    </message>
</context>
<context>
    <name>ConsultantEditDialog</name>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="148"/>
        <source>Add consultant</source>
        <translation>添加顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="149"/>
        <source>Edit consultant</source>
        <translation>编辑顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="154"/>
        <source>e.g. 张伟</source>
        <translation>例如：张伟</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="158"/>
        <source>e.g. A07</source>
        <translation>例如：A07</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="162"/>
        <source>optional · internal</source>
        <translation>选填 · 仅内部使用</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="163"/>
        <source>On the roster (can sign in and receive)</source>
        <translation>在册（可签到、可接待）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="170"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="171"/>
        <source>&amp;Staff number</source>
        <translation>工号(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="172"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/text.py" line="41"/>
        <source>%n party(ies)</source>
        <translation>
            <numerusform>%n组</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/text.py" line="47"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/text.py" line="44"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersDialog</name>
    <message>
        <location filename="../../reception_desk/ui/hotline/customers_dialog.py" line="113"/>
        <source>Customers</source>
        <extracomment>The most customers a search lists (newest first); a search that finds more says so.</extracomment>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/customers_dialog.py" line="122"/>
        <source>Name, pinyin initials (zw), phone (any part) or plate</source>
        <translation>姓名、拼音首字母（如 zw）、电话（任意几位）或车牌</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/customers_dialog.py" line="125"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/customers_dialog.py" line="125"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/customers_dialog.py" line="125"/>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/customers_dialog.py" line="126"/>
        <source>Owner</source>
        <translation>归属顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/customers_dialog.py" line="126"/>
        <source>Channel / agency</source>
        <translation>认知渠道 / 报备渠道</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/customers_dialog.py" line="134"/>
        <source>&amp;VIP card…</source>
        <translation>VIP资料卡(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/customers_dialog.py" line="136"/>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/customers_dialog.py" line="138"/>
        <source>Two records of one person (manager)</source>
        <translation>同一客户的两份档案（经理操作）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/customers_dialog.py" line="139"/>
        <source>E&amp;xport data…</source>
        <translation>导出个人信息(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/customers_dialog.py" line="142"/>
        <source>Everything held about this customer in one file (administrator)</source>
        <translation>把该客户的全部信息写入一个文件（管理员）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/customers_dialog.py" line="143"/>
        <source>&amp;Erase…</source>
        <translation>删除个人信息(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/customers_dialog.py" line="146"/>
        <source>Remove this customer&apos;s personal data now (administrator)</source>
        <translation>立即删除该客户的个人信息（管理员）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/customers_dialog.py" line="215"/>
        <source>Showing the first %1 customers found; more match: type more of the name or number</source>
        <translation>只列出找到的前 %1 位客户；还有更多匹配，请再多输入几个字或几位号码</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/hotline/customers_dialog.py" line="219"/>
        <source>%n customer(s) found</source>
        <translation>
            <numerusform>找到%n位客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/customers_dialog.py" line="240"/>
        <source>Search, then choose a customer.</source>
        <translation>请先搜索，再选择客户。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/customers_dialog.py" line="271"/>
        <source>merge two customer records</source>
        <translation>合并两份客户档案</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/customers_dialog.py" line="294"/>
        <source>Export everything about %1</source>
        <translation>导出 %1 的全部信息</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/customers_dialog.py" line="295"/>
        <source>JSON (*.json);;Excel (*.xlsx)</source>
        <translation>JSON (*.json);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/customers_dialog.py" line="299"/>
        <source>Erase personal data</source>
        <translation>删除个人信息</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/customers_dialog.py" line="300"/>
        <source>Erase the personal data of %1 now? The name, phones, plate, address and notes are removed from the customer and from its calls, visits and appointments; counts and statistics stay. This cannot be undone and is recorded in the audit log.</source>
        <translation>现在删除 %1 的个人信息吗？客户及其来电、到访和预约中的姓名、电话、车牌、地址和备注都会被删除；数量与统计保留。此操作无法撤销，并记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/customers_dialog.py" line="320"/>
        <source>export a customer&apos;s personal data</source>
        <translation>导出客户的个人信息</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/customers_dialog.py" line="330"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/customers_dialog.py" line="336"/>
        <source>Written to %1 (recorded in the audit log)</source>
        <translation>已写入 %1（已记入审计日志）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/customers_dialog.py" line="347"/>
        <source>erase a customer&apos;s personal data</source>
        <translation>删除客户的个人信息</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/customers_dialog.py" line="356"/>
        <source>The personal data of %1 was erased (recorded in the audit log).</source>
        <translation>已删除 %1 的个人信息（已记入审计日志）。</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <location filename="../../reception_desk/ui/backup_guard.py" line="106"/>
        <source>Backup failed (%1). Trying again in 10 minutes; the desk works as usual.</source>
        <extracomment>QSettings key: the folder of the last good copy, for the recovery dialog (it cannot read the site settings from a database it refuses). DailyResult, or the failure&apos;s text (emitted from the worker thread).</extracomment>
        <translation>备份失败（%1）。10 分钟后重试；前台照常使用。</translation>
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
        <location filename="../../reception_desk/app.py" line="192"/>
        <source>Welcome</source>
        <extracomment>The lobby wall display of `--window lobby` (read-only, full screen).</extracomment>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../../reception_desk/app.py" line="193"/>
        <source>The database is empty. Fill it with demo data (two weeks of realistic visits) to try the board out?
You can start with real data instead; demo data is marked and can be replaced later.</source>
        <translation>数据库是空的。要填入演示数据（两周的模拟到访记录）来试用看板吗？
也可以直接录入真实数据；演示数据带有标记，之后可以替换。</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <location filename="../../reception_desk/ui/status_bar.py" line="26"/>
        <source>Connection to the database lost: reconnecting… Actions are refused until it is back.</source>
        <extracomment>Shown while the database server does not answer (PostgreSQL).</extracomment>
        <translation>数据库连接中断，正在重新连接……恢复之前无法执行操作。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/status_bar.py" line="48"/>
        <source>Connection to the database is back; everything was reloaded.</source>
        <translation>数据库连接已恢复，所有内容已重新载入。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/status_bar.py" line="58"/>
        <source>Today: %1 · in the building now: %2</source>
        <translation>今日：%1 · 当前在场：%2</translation>
    </message>
</context>
<context>
    <name>DrinkCategory</name>
    <message>
        <location filename="../../reception_desk/domain/bar.py" line="28"/>
        <source>Tea</source>
        <translation>茶</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/bar.py" line="29"/>
        <source>Coffee</source>
        <translation>咖啡</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/bar.py" line="30"/>
        <source>Juice</source>
        <translation>果汁</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/bar.py" line="31"/>
        <source>Water</source>
        <translation>水</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/bar.py" line="32"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>DrinkEditDialog</name>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="181"/>
        <source>Add drink</source>
        <translation>添加饮品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="181"/>
        <source>Edit drink</source>
        <translation>编辑饮品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="186"/>
        <source>e.g. 铁观音</source>
        <translation>例如：铁观音</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="194"/>
        <source>Available (can be ordered now)</source>
        <translation>供应中（现在可点）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="202"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="210"/>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="214"/>
        <source>One serving uses</source>
        <translation>每份用量</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="241"/>
        <source>Fill the cup to %1</source>
        <translation>倒至杯子的 %1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="265"/>
        <source>“%1” is listed twice: put the whole quantity on one line.</source>
        <translation>“%1”重复列出：请把用量合并到一行。</translation>
    </message>
</context>
<context>
    <name>DrinkOrderDialog</name>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/order_dialog.py" line="84"/>
        <source>Drinks for %1</source>
        <extracomment>The order placed (None until Enter succeeded).</extracomment>
        <translation>为%1点饮品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/order_dialog.py" line="90"/>
        <source>not seated yet: no table to serve</source>
        <translation>尚未入座，无法送到桌上</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/order_dialog.py" line="99"/>
        <source>No drink on the menu is available now. The bar manages the menu (Bar menu).</source>
        <translation>饮品单上目前没有可点的饮品。饮品单由水吧管理（水吧 › 饮品单）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/order_dialog.py" line="104"/>
        <source>1–9 add a drink (again for one more) · + / − change the count · Delete removes · Enter orders</source>
        <translation>1–9 添加饮品（再按一次加一杯）· + / − 调整数量 · Delete 删除 · 回车下单</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/order_dialog.py" line="113"/>
        <source>&amp;Desk</source>
        <translation>前台(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/order_dialog.py" line="115"/>
        <source>&amp;Consultant&apos;s call (X1 → S1)</source>
        <translation>置业顾问叫单 (X1 → S1)(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/order_dialog.py" line="122"/>
        <source>Ordered by:</source>
        <translation>点单方：</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/order_dialog.py" line="130"/>
        <source>Order  (Enter)</source>
        <translation>下单（回车）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/order_dialog.py" line="161"/>
        <source>Drink</source>
        <translation>饮品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/order_dialog.py" line="161"/>
        <source>Fill</source>
        <translation>倒至</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/order_dialog.py" line="162"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/order_dialog.py" line="181"/>
        <source>%1 · fill %2%</source>
        <translation>%1 · 倒至 %2%</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/order_dialog.py" line="210"/>
        <source>waiting</source>
        <translation>待上</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/order_dialog.py" line="210"/>
        <source>served</source>
        <translation>已上</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/order_dialog.py" line="211"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/order_dialog.py" line="214"/>
        <source>Already ordered: %1</source>
        <translation>已点：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/bar_desk/order_dialog.py" line="303"/>
        <source>Order: %1 (%n cup(s))</source>
        <translation>
            <numerusform>点单：%1（共%n杯）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/order_dialog.py" line="305"/>
        <source>Nothing chosen yet</source>
        <translation>尚未选择饮品</translation>
    </message>
</context>
<context>
    <name>DrinkPicker</name>
    <message>
        <location filename="../../reception_desk/ui/bar/dialogs.py" line="105"/>
        <source>New drink</source>
        <translation>换新饮品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/dialogs.py" line="123"/>
        <source>Remove last (Backspace)</source>
        <translation>删除上一杯（退格）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/dialogs.py" line="125"/>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/dialogs.py" line="127"/>
        <source>Order (Enter)</source>
        <translation>下单（回车）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/dialogs.py" line="184"/>
        <source>Tap the drinks (or press their numbers).</source>
        <translation>点选饮品（或按对应的数字键）。</translation>
    </message>
</context>
<context>
    <name>DutyStatus</name>
    <message>
        <location filename="../../reception_desk/domain/rotation.py" line="42"/>
        <source>Available</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/rotation.py" line="43"/>
        <source>Receiving</source>
        <translation>接待中</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/rotation.py" line="44"/>
        <source>On break</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/rotation.py" line="45"/>
        <source>Out</source>
        <translation>外出</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/rotation.py" line="46"/>
        <source>Signed off</source>
        <translation>下班</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../reception_desk/ui/errors.py" line="43"/>
        <source>Something went wrong: %1.
Nothing from that action was saved; you can carry on working.
Details are in the log: %2</source>
        <translation>出错了：%1。
该操作的内容均未保存，可以继续工作。
详细信息见日志：%2</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/storage.py" line="20"/>
        <source>The database cannot be written: the disk is full.
Nothing from that action was saved; everything saved before is safe.
Free some disk space (or call IT), then do it again.</source>
        <translation>无法写入数据库：磁盘已满。
本次操作没有保存任何内容；之前保存的数据都在。
请腾出磁盘空间（或联系 IT）后重新操作。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/storage.py" line="25"/>
        <source>The database server cannot be reached.
Nothing from that action was saved; everything saved before is safe.
The desk reconnects by itself: do it again once the banner says the connection is back.</source>
        <translation>无法连接数据库服务器。
这次操作的内容没有保存；之前保存的一切都安全。
程序会自动重新连接：待提示连接恢复后再操作一次。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/storage.py" line="30"/>
        <source>The database cannot be written: the file or its folder is read-only.
Nothing from that action was saved; everything saved before is safe.
Ask IT to give this PC write access to the database, then do it again.</source>
        <translation>无法写入数据库：数据库文件或其文件夹是只读的。
本次操作没有保存任何内容；之前保存的数据都在。
请联系 IT 为这台电脑开通数据库的写入权限，然后重新操作。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/errors.py" line="57"/>
        <source>Reception Desk</source>
        <translation>Reception Desk</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <location filename="../../reception_desk/domain/rotation.py" line="64"/>
        <source>Signed in</source>
        <extracomment>An invalid reception marked after the turn-back window: logged, no restore.</extracomment>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/rotation.py" line="65"/>
        <source>Status</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/rotation.py" line="66"/>
        <source>Assigned</source>
        <translation>分配接待</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/rotation.py" line="67"/>
        <source>Missed turn</source>
        <translation>过号</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/rotation.py" line="68"/>
        <source>Moved by manager</source>
        <translation>经理调序</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/rotation.py" line="69"/>
        <source>Turn restored</source>
        <translation>补轮</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/rotation.py" line="70"/>
        <source>Party left</source>
        <translation>客户离开</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/rotation.py" line="71"/>
        <source>Departure undone</source>
        <translation>撤销离开</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/rotation.py" line="72"/>
        <source>Invalid, no restore</source>
        <translation>无效不补轮</translation>
    </message>
</context>
<context>
    <name>ExpectedStrip</name>
    <message>
        <location filename="../../reception_desk/ui/hotline/expected_strip.py" line="62"/>
        <source>Check in  (Enter)</source>
        <extracomment>Rows shown before the strip scrolls.</extracomment>
        <translation>确认到访（回车）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/expected_strip.py" line="71"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/expected_strip.py" line="71"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/expected_strip.py" line="71"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/expected_strip.py" line="72"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/expected_strip.py" line="72"/>
        <source>Channel / agency</source>
        <translation>认知渠道 / 报备渠道</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/expected_strip.py" line="73"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/expected_strip.py" line="73"/>
        <source>Conflict</source>
        <translation>判客</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/expected_strip.py" line="95"/>
        <source>VIP card…</source>
        <translation>VIP资料卡…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/expected_strip.py" line="99"/>
        <source>The VIP data card of the party&apos;s customer (V)</source>
        <translation>该客户的VIP资料卡 (V)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/expected_strip.py" line="121"/>
        <source>any time</source>
        <translation>时间不限</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/expected_strip.py" line="129"/>
        <source>Expected today: %1</source>
        <translation>今日预约到访：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/expected_strip.py" line="130"/>
        <source>Expected on %2: %1</source>
        <translation>%2 预约到访：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/expected_strip.py" line="194"/>
        <source>Check in</source>
        <translation>确认到访</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/expected_strip.py" line="213"/>
        <location filename="../../reception_desk/ui/hotline/expected_strip.py" line="219"/>
        <source>VIP data card</source>
        <translation>VIP资料卡</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/expected_strip.py" line="214"/>
        <source>Select a party on the board first.</source>
        <translation>请先在看板上选中客户。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/expected_strip.py" line="220"/>
        <source>The VIP card belongs to the customer, found by phone: this party has no phone yet. Add it with Edit… (F4), then open the card again.</source>
        <translation>VIP资料卡按电话对应到客户，该客户还没有登记电话。请用“编辑…”(F4) 补充电话后再打开资料卡。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../reception_desk/services/export.py" line="78"/>
        <source>Yes</source>
        <extracomment>What a yes/no cell says (a bool value, or these in a row).</extracomment>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export.py" line="79"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_audit.py" line="43"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="90"/>
        <source>Drink orders</source>
        <translation>水吧出品记录</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="153"/>
        <source>Stock movements</source>
        <translation>物耗出入库记录</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="205"/>
        <source>Closing counts</source>
        <translation>闭店盘点</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_contacts.py" line="57"/>
        <source>Call-back list (agreed to contact)</source>
        <translation>回访名单（同意联系）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="129"/>
        <source>Hotline calls</source>
        <translation>来电登记</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="134"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="139"/>
        <source>Appointments</source>
        <translation>预约与渠道报备</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_requests.py" line="95"/>
        <source>Reception requests</source>
        <translation>接待申请</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_rotation.py" line="55"/>
        <source>Rotation log</source>
        <translation>轮接记录</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_rotation.py" line="93"/>
        <source>Rotation statistics</source>
        <translation>轮接统计</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_visits.py" line="23"/>
        <source>{reason}: {note}</source>
        <extracomment>An invalid reception with the receptionist&apos;s note.</extracomment>
        <translation>{reason}：{note}</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_visits.py" line="96"/>
        <source>Visits</source>
        <translation>到访登记</translation>
    </message>
</context>
<context>
    <name>ExportAppointments</name>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="18"/>
        <source>call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="19"/>
        <source>import</source>
        <translation>渠道导入</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="20"/>
        <source>request</source>
        <translation>接待申请</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="21"/>
        <source>manual</source>
        <translation>手工</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="22"/>
        <source>expected</source>
        <translation>待到访</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="23"/>
        <source>arrived</source>
        <translation>已到访</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="24"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="25"/>
        <source>owned</source>
        <translation>已有归属</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="26"/>
        <source>other agency</source>
        <translation>其他渠道已报备</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="99"/>
        <source>Expected date</source>
        <translation>预计到访日期</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="100"/>
        <source>Expected time</source>
        <translation>预计时间</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="101"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="102"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="103"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="104"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="105"/>
        <source>Agency</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="106"/>
        <source>Agent</source>
        <translation>经纪人</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="107"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="108"/>
        <source>Conflict</source>
        <translation>判客</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="109"/>
        <source>First registration</source>
        <translation>首次报备/归属</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="110"/>
        <source>Decision</source>
        <translation>判客结果</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="111"/>
        <source>Registered</source>
        <translation>登记时间</translation>
    </message>
</context>
<context>
    <name>ExportAudit</name>
    <message>
        <location filename="../../reception_desk/services/export_audit.py" line="18"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_audit.py" line="19"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_audit.py" line="20"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_audit.py" line="21"/>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_audit.py" line="22"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_audit.py" line="23"/>
        <source>Chain hash</source>
        <translation>哈希链</translation>
    </message>
</context>
<context>
    <name>ExportCalls</name>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="17"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="31"/>
        <source>Time</source>
        <translation>来电时间</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="32"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="33"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="34"/>
        <source>Second phone</source>
        <translation>备用电话</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="35"/>
        <source>Address</source>
        <translation>地址/区域</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="36"/>
        <source>Area</source>
        <translation>意向面积</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="37"/>
        <source>Budget</source>
        <translation>价格/预算</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="38"/>
        <source>Layout</source>
        <translation>户型</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="39"/>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="40"/>
        <source>Channel</source>
        <translation>获知渠道</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="41"/>
        <source>Questions</source>
        <translation>咨询问题</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="42"/>
        <source>Consultant</source>
        <translation>接听顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="43"/>
        <source>Agreed visit</source>
        <translation>约定到访</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="44"/>
        <source>Competitor</source>
        <translation>同行调研</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="45"/>
        <source>Not a customer</source>
        <translation>非客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="46"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="47"/>
        <source>Logged by</source>
        <translation>登记人</translation>
    </message>
</context>
<context>
    <name>ExportContacts</name>
    <message>
        <location filename="../../reception_desk/services/export_contacts.py" line="22"/>
        <source>registration</source>
        <translation>到访登记</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_contacts.py" line="23"/>
        <source>call</source>
        <translation>来电登记</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_contacts.py" line="24"/>
        <source>VIP card</source>
        <translation>VIP资料卡</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_contacts.py" line="25"/>
        <source>command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_contacts.py" line="28"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_contacts.py" line="29"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_contacts.py" line="30"/>
        <source>Second phone</source>
        <translation>备用电话</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_contacts.py" line="31"/>
        <source>Channel</source>
        <translation>获知渠道</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_contacts.py" line="32"/>
        <source>Owner</source>
        <translation>归属顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_contacts.py" line="33"/>
        <source>Agreed on</source>
        <translation>同意联系时间</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_contacts.py" line="34"/>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_contacts.py" line="35"/>
        <source>Recorded on</source>
        <translation>记录于</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_contacts.py" line="36"/>
        <source>Created</source>
        <translation>建档时间</translation>
    </message>
</context>
<context>
    <name>ExportCustomers</name>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="27"/>
        <source>call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="28"/>
        <source>visit</source>
        <translation>到访</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="65"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="66"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="67"/>
        <source>Second phone</source>
        <translation>备用电话</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="68"/>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="69"/>
        <source>District</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="70"/>
        <source>Channel</source>
        <translation>获知渠道</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="71"/>
        <source>Owner</source>
        <translation>归属顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="72"/>
        <source>Owned by</source>
        <translation>归属来源</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="73"/>
        <source>Owned until</source>
        <translation>归属至</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="74"/>
        <source>Agency</source>
        <translation>报备渠道</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="75"/>
        <source>Registered</source>
        <translation>报备时间</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_hotline.py" line="76"/>
        <source>Created</source>
        <translation>建档时间</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="69"/>
        <location filename="../../reception_desk/ui/export_dialog.py" line="102"/>
        <source>Export</source>
        <extracomment>Who exports (personal data: checked and audited by the service).</extracomment>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="84"/>
        <source>file name ending in .xlsx or .csv</source>
        <translation>以 .xlsx 或 .csv 结尾的文件名</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="89"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="108"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="109"/>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="110"/>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="111"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="125"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="126"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="135"/>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="139"/>
        <source>The start date is after the end date.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="142"/>
        <source>The folder does not exist: %1</source>
        <translation>文件夹不存在：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="151"/>
        <source>export personal data</source>
        <translation>导出个人信息</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="177"/>
        <source>Exported %1 rows to %2</source>
        <translation>已导出%1行到 %2</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/export_dialog.py" line="185"/>
        <source>Nothing was exported: %1</source>
        <translation>未导出任何内容：%1</translation>
    </message>
</context>
<context>
    <name>ExportDrinkOrders</name>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="27"/>
        <source>First</source>
        <translation>首杯</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="28"/>
        <source>New drink at refill</source>
        <translation>续杯新饮品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="31"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="32"/>
        <source>Ordered</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="33"/>
        <source>Order no.</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="34"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="35"/>
        <source>Place</source>
        <translation>座位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="36"/>
        <source>Drink</source>
        <translation>饮品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="37"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="38"/>
        <source>Served</source>
        <translation>出品时间</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="39"/>
        <source>Seconds to serve</source>
        <translation>出品用时(秒)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="40"/>
        <source>Late</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="41"/>
        <source>First or refill</source>
        <translation>首杯/续杯</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="42"/>
        <source>Ordered by</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="43"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ExportOrderSource</name>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="18"/>
        <source>Desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="19"/>
        <source>Consultant</source>
        <translation>顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="20"/>
        <source>Bar</source>
        <translation>水吧</translation>
    </message>
</context>
<context>
    <name>ExportOrderStatus</name>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="23"/>
        <source>Waiting</source>
        <translation>待出品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="24"/>
        <source>Served</source>
        <translation>已出品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="25"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>ExportRequests</name>
    <message>
        <location filename="../../reception_desk/services/export_requests.py" line="22"/>
        <source>Request number</source>
        <translation>申请单号</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_requests.py" line="23"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_requests.py" line="24"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_requests.py" line="25"/>
        <source>Organisation</source>
        <translation>来访单位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_requests.py" line="26"/>
        <source>Host</source>
        <translation>接待负责人</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_requests.py" line="27"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_requests.py" line="28"/>
        <source>Headcount</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_requests.py" line="29"/>
        <source>Arrival</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_requests.py" line="30"/>
        <source>Departure</source>
        <translation>离开时间</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_requests.py" line="31"/>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_requests.py" line="32"/>
        <source>Department head</source>
        <translation>部门负责人</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_requests.py" line="33"/>
        <source>Department approval</source>
        <translation>部门审批时间</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_requests.py" line="34"/>
        <source>General manager</source>
        <translation>总经理</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_requests.py" line="35"/>
        <source>GM approval</source>
        <translation>总经理审批时间</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_requests.py" line="36"/>
        <source>Notice days</source>
        <translation>提前通知天数</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_requests.py" line="37"/>
        <source>Short notice reason</source>
        <translation>紧急接待原因</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_requests.py" line="38"/>
        <source>Itinerary sent</source>
        <translation>行程发送时间</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_requests.py" line="39"/>
        <source>Feedback due</source>
        <translation>反馈截止日期</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_requests.py" line="40"/>
        <source>Feedback filed</source>
        <translation>反馈提交时间</translation>
    </message>
</context>
<context>
    <name>ExportRotationLog</name>
    <message>
        <location filename="../../reception_desk/services/export_rotation.py" line="18"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_rotation.py" line="19"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_rotation.py" line="20"/>
        <source>Consultant</source>
        <translation>置业顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_rotation.py" line="21"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_rotation.py" line="22"/>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_rotation.py" line="23"/>
        <source>Position before</source>
        <translation>原序位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_rotation.py" line="24"/>
        <source>Position after</source>
        <translation>新序位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_rotation.py" line="25"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_rotation.py" line="26"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_rotation.py" line="27"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ExportRotationStats</name>
    <message>
        <location filename="../../reception_desk/services/export_rotation.py" line="60"/>
        <source>Consultant</source>
        <translation>置业顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_rotation.py" line="61"/>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_rotation.py" line="62"/>
        <source>Valid receptions</source>
        <translation>有效接待</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_rotation.py" line="63"/>
        <source>Invalid receptions</source>
        <translation>无效接待</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_rotation.py" line="64"/>
        <source>Returning customers</source>
        <translation>老客户接待</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_rotation.py" line="65"/>
        <source>Average minutes</source>
        <translation>平均接待(分钟)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_rotation.py" line="66"/>
        <source>Skipped</source>
        <translation>被补位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_rotation.py" line="67"/>
        <source>Missed turns</source>
        <translation>过号</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_rotation.py" line="68"/>
        <source>Overrides</source>
        <translation>经理调整</translation>
    </message>
</context>
<context>
    <name>ExportStock</name>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="95"/>
        <source>Goods in</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="96"/>
        <source>Served</source>
        <translation>出品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="97"/>
        <source>Recalled</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="98"/>
        <source>Count adjustment</source>
        <translation>盘点调整</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="102"/>
        <source>Opening stock</source>
        <extracomment>Notes the program itself writes (in English in the database), as the export says them.</extracomment>
        <translation>期初库存</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="103"/>
        <source>Closing count</source>
        <translation>闭店盘点</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="116"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="117"/>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="118"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="119"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="120"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="121"/>
        <source>Order no.</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="122"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="123"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
</context>
<context>
    <name>ExportStockCounts</name>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="158"/>
        <source>Shortage</source>
        <translation>短缺</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="159"/>
        <source>Matches</source>
        <translation>相符</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="160"/>
        <source>Surplus</source>
        <translation>盈余</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="164"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="165"/>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="166"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="167"/>
        <source>Expected</source>
        <translation>应有数量</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="168"/>
        <source>Counted</source>
        <translation>实盘数量</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="169"/>
        <source>Variance</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="170"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="171"/>
        <source>Counted at</source>
        <translation>盘点时间</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_bar.py" line="172"/>
        <source>Counted by</source>
        <translation>盘点人</translation>
    </message>
</context>
<context>
    <name>ExportVisits</name>
    <message>
        <location filename="../../reception_desk/services/export_visits.py" line="31"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_visits.py" line="32"/>
        <source>Arrival</source>
        <translation>到访时间</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_visits.py" line="33"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_visits.py" line="34"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_visits.py" line="35"/>
        <source>Party size</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_visits.py" line="36"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_visits.py" line="37"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_visits.py" line="38"/>
        <source>Returning</source>
        <translation>老客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_visits.py" line="39"/>
        <source>Consultant</source>
        <translation>置业顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_visits.py" line="42"/>
        <source>Place</source>
        <translation>座位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_visits.py" line="43"/>
        <source>Invalid reception</source>
        <translation>无效接待</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export_visits.py" line="44"/>
        <source>Minutes inside</source>
        <translation>停留(分钟)</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../reception_desk/ui/requests/feedback_dialog.py" line="81"/>
        <source>Feedback for %1</source>
        <translation>反馈表 — %1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/feedback_dialog.py" line="94"/>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/feedback_dialog.py" line="94"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/feedback_dialog.py" line="95"/>
        <source>Neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/feedback_dialog.py" line="95"/>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/feedback_dialog.py" line="107"/>
        <source>How the visit went</source>
        <translation>接待情况总结</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/feedback_dialog.py" line="108"/>
        <source>Customer&apos;s opinion</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/feedback_dialog.py" line="109"/>
        <source>Satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/feedback_dialog.py" line="110"/>
        <source>Follow-up</source>
        <translation>后续跟进事项</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/feedback_dialog.py" line="111"/>
        <source>Follow-up by</source>
        <translation>跟进人</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/feedback_dialog.py" line="112"/>
        <source>Expenses / receipts</source>
        <translation>费用报销 / 票据</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/feedback_dialog.py" line="113"/>
        <source>Unused items returned</source>
        <translation>未用物品退还</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../reception_desk/ui/accounts/first_admin_dialog.py" line="42"/>
        <source>Create the administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/first_admin_dialog.py" line="44"/>
        <source>Nobody can manage accounts yet. Enter the administrator&apos;s name and choose a PIN (4 to 8 digits) or a password (8 characters or more). There is no default password: keep it safe.</source>
        <translation>目前还没有人可以管理账户。请输入管理员姓名，并设置 PIN 码（4～8位数字）或密码（至少8个字符）。系统没有默认密码，请妥善保管。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/first_admin_dialog.py" line="55"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/first_admin_dialog.py" line="56"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/first_admin_dialog.py" line="57"/>
        <source>PIN again</source>
        <translation>确认 PIN 码</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/first_admin_dialog.py" line="78"/>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>两次输入的 PIN 码不一致，请输入两次相同的 PIN 码。</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <location filename="../../reception_desk/ui/requests/form_sections.py" line="116"/>
        <source>who receives the visit</source>
        <extracomment>The &quot;no value yet&quot; of a date-time field, shown as a dash.</extracomment>
        <translation>负责本次接待的人</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_sections.py" line="116"/>
        <source>e.g. 营销部</source>
        <translation>例如：营销部</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_sections.py" line="117"/>
        <source>visiting company or body</source>
        <translation>来访的公司或单位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_sections.py" line="118"/>
        <source>e.g. 午餐 12:00 公司餐厅, 8人</source>
        <translation>例如：午餐 12:00 公司餐厅，8人</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_sections.py" line="119"/>
        <source>hotel, rooms, nights</source>
        <translation>酒店、房间数、入住晚数</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_sections.py" line="120"/>
        <source>pick-up: where, when, which car</source>
        <translation>接送：地点、时间、车辆</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_sections.py" line="131"/>
        <source>what the visit is for</source>
        <translation>来访目的</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_sections.py" line="132"/>
        <source>e.g. 大门 → 沙盘 → 样板房 → VIP室</source>
        <translation>例如：大门 → 沙盘 → 样板房 → VIP室</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_sections.py" line="133"/>
        <source>anything else the team should know</source>
        <translation>接待团队需要知道的其他事项</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_sections.py" line="135"/>
        <source>why the visit could not be announced in time</source>
        <translation>未能按时提前通知的原因</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_sections.py" line="158"/>
        <source> people</source>
        <translation>人</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_sections.py" line="158"/>
        <source> person</source>
        <translation>人</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_sections.py" line="209"/>
        <source>The visit</source>
        <translation>来访信息</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_sections.py" line="212"/>
        <source>Host</source>
        <translation>接待负责人</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_sections.py" line="213"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_sections.py" line="214"/>
        <source>Organisation</source>
        <translation>来访单位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_sections.py" line="227"/>
        <source>Level</source>
        <translation>接待级别</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_sections.py" line="228"/>
        <source>Arrival</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_sections.py" line="229"/>
        <source>Departure</source>
        <translation>离开时间</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_sections.py" line="230"/>
        <source>Short notice: reason</source>
        <translation>紧急接待原因</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_sections.py" line="234"/>
        <source>Headcount</source>
        <translation>来访人数</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_sections.py" line="235"/>
        <source>Purpose</source>
        <translation>来访目的</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_sections.py" line="238"/>
        <source>Guests</source>
        <translation>来访人员名单</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_sections.py" line="241"/>
        <source>Programme</source>
        <translation>接待安排</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_sections.py" line="244"/>
        <source>Route</source>
        <translation>参观路线</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_sections.py" line="245"/>
        <source>Meals</source>
        <translation>用餐安排</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_sections.py" line="246"/>
        <source>Lodging</source>
        <translation>住宿安排</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_sections.py" line="247"/>
        <source>Vehicle</source>
        <translation>车辆 / 接送</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_sections.py" line="248"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_sections.py" line="249"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_sections.py" line="251"/>
        <source>Itinerary</source>
        <translation>行程安排</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_sections.py" line="254"/>
        <source>Preparations</source>
        <translation>接待准备</translation>
    </message>
</context>
<context>
    <name>GoodsInDialog</name>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="164"/>
        <source>Goods in</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="170"/>
        <source>%1 (now %2 %3)</source>
        <translation>%1（现有 %2 %3）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="177"/>
        <source>e.g. 10</source>
        <translation>例如：10</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="182"/>
        <source>optional · supplier, delivery slip number</source>
        <translation>选填 · 供应商、送货单号</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="193"/>
        <source>&amp;Item</source>
        <translation>物品(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="194"/>
        <source>&amp;Quantity</source>
        <translation>数量(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="196"/>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="212"/>
        <source>The stock list is empty: add the item under Bar › Stock first.</source>
        <translation>库存清单为空：请先在“水吧 › 库存”中添加物品。</translation>
    </message>
</context>
<context>
    <name>GuestsTable</name>
    <message>
        <location filename="../../reception_desk/ui/requests/guests_table.py" line="15"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/guests_table.py" line="15"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/guests_table.py" line="15"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/guests_table.py" line="16"/>
        <source>Add guest</source>
        <translation>添加来访人员</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/guests_table.py" line="20"/>
        <source>e.g. 王建国</source>
        <translation>例如：王建国</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/guests_table.py" line="21"/>
        <source>e.g. 董事长</source>
        <translation>例如：董事长</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/guests_table.py" line="22"/>
        <source>optional</source>
        <translation>选填</translation>
    </message>
</context>
<context>
    <name>HistoryBox</name>
    <message>
        <location filename="../../reception_desk/ui/hotline/history.py" line="33"/>
        <source>A new caller: no history. A known phone shows the customer here.</source>
        <extracomment>How many entries of each kind the box lists (the newest first).</extracomment>
        <translation>新来电，暂无历史记录。已登记过的电话会在这里显示客户信息。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/history.py" line="37"/>
        <source>(no name)</source>
        <translation>（未留姓名）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/history.py" line="40"/>
        <source>Owner:</source>
        <translation>归属顾问：</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/history.py" line="43"/>
        <source>District:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/history.py" line="46"/>
        <source>Agency:</source>
        <translation>报备渠道：</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/history.py" line="48"/>
        <source>desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/history.py" line="50"/>
        <source>Calls (%1)</source>
        <translation>来电（%1）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/history.py" line="58"/>
        <source>Visits (%1)</source>
        <translation>到访（%1）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/history.py" line="64"/>
        <source>Appointments (%1)</source>
        <translation>预约（%1）</translation>
    </message>
</context>
<context>
    <name>Honorific</name>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="21"/>
        <source>Mr</source>
        <translation>先生</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="22"/>
        <source>Ms</source>
        <translation>女士</translation>
    </message>
</context>
<context>
    <name>Hotline</name>
    <message>
        <location filename="../../reception_desk/ui/hotline/common.py" line="39"/>
        <source>Call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/common.py" line="40"/>
        <source>Import</source>
        <translation>渠道导入</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/common.py" line="41"/>
        <source>Request</source>
        <translation>接待申请</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/common.py" line="42"/>
        <source>Desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/common.py" line="69"/>
        <source>open pool</source>
        <translation>公共池</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/common.py" line="70"/>
        <source>%1 · until %2</source>
        <translation>%1 · 至 %2</translation>
    </message>
</context>
<context>
    <name>HotlinePanel</name>
    <message>
        <location filename="../../reception_desk/ui/hotline/panel.py" line="50"/>
        <source>＋ New call  (F12)</source>
        <translation>＋ 登记来电  (F12)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/panel.py" line="60"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/panel.py" line="65"/>
        <source>Filter by name, phone or consultant</source>
        <translation>按姓名、电话或顾问筛选</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/panel.py" line="88"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/panel.py" line="88"/>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/panel.py" line="88"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/panel.py" line="89"/>
        <source>Answered by</source>
        <translation>接听顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/panel.py" line="89"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/panel.py" line="90"/>
        <source>Visit agreed</source>
        <translation>约定到访</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/panel.py" line="90"/>
        <source>Wants</source>
        <translation>意向</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/panel.py" line="90"/>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/panel.py" line="113"/>
        <source>&amp;New call…</source>
        <translation>登记来电(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/panel.py" line="114"/>
        <source>Log a hotline call (F12)</source>
        <translation>登记来电 (F12)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/panel.py" line="115"/>
        <source>&amp;Customers…</source>
        <translation>客户(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/panel.py" line="117"/>
        <source>Search customers, see their history, merge (Ctrl+U)</source>
        <translation>查找客户、查看历史记录、合并档案 (Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/panel.py" line="119"/>
        <source>&amp;Import pre-registrations…</source>
        <translation>导入渠道报备(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/panel.py" line="121"/>
        <source>Read an agency&apos;s list (CSV or Excel)</source>
        <translation>读取渠道的报备名单（CSV 或 Excel）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/panel.py" line="122"/>
        <source>Con&amp;flicts (判客)…</source>
        <translation>判客(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/panel.py" line="124"/>
        <source>Pre-registrations waiting for the manager</source>
        <translation>等待经理判客的渠道报备</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/panel.py" line="142"/>
        <source>Conflicts (判客): %1</source>
        <translation>判客：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/panel.py" line="162"/>
        <source>competitor</source>
        <translation>同行调研</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/panel.py" line="164"/>
        <source>not a customer</source>
        <translation>非客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/panel.py" line="167"/>
        <source>desk</source>
        <translation>前台</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/hotline/panel.py" line="173"/>
        <source>%n call(s) on %1, %2 with a visit agreed</source>
        <translation>
            <numerusform>%1 来电%n个，其中%2个约定到访</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../reception_desk/ui/hotline/import_dialog.py" line="52"/>
        <source>Import pre-registrations</source>
        <translation>导入渠道报备</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/import_dialog.py" line="60"/>
        <source>an agency&apos;s list: .csv or .xlsx</source>
        <translation>渠道报备名单：.csv 或 .xlsx</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/import_dialog.py" line="61"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/import_dialog.py" line="64"/>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/import_dialog.py" line="68"/>
        <source>Columns (first row, any order): agency / 渠道, customer name / 客户姓名, phone / 电话, expected date / 预计到访日期, agent / 经纪人; optional size / 人数, note / 备注.</source>
        <translation>列名（第一行，顺序不限）：渠道、客户姓名、电话、预计到访日期、经纪人；可选：人数、备注。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/import_dialog.py" line="78"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/import_dialog.py" line="78"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/import_dialog.py" line="78"/>
        <source>Agency</source>
        <translation>报备渠道</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/import_dialog.py" line="79"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/import_dialog.py" line="79"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/import_dialog.py" line="79"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/import_dialog.py" line="80"/>
        <source>Agent</source>
        <translation>经纪人</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/import_dialog.py" line="80"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/import_dialog.py" line="87"/>
        <source>&amp;Import ready rows</source>
        <translation>导入可导入的行(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/import_dialog.py" line="93"/>
        <source>Conflicts (判客)…</source>
        <translation>判客…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/import_dialog.py" line="100"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/import_dialog.py" line="115"/>
        <source>Agency list</source>
        <translation>渠道报备名单</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/import_dialog.py" line="116"/>
        <source>Lists (*.csv *.xlsx);;All files (*)</source>
        <translation>名单 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/import_dialog.py" line="131"/>
        <source>Choose the file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/import_dialog.py" line="158"/>
        <source>ready</source>
        <translation>可导入</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/import_dialog.py" line="166"/>
        <source>imported before</source>
        <translation>之前已导入</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/hotline/import_dialog.py" line="171"/>
        <source>%n row(s) ready</source>
        <translation>
            <numerusform>%n行可导入</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/import_dialog.py" line="172"/>
        <source>, %1 with errors, %2 already imported</source>
        <translation>，%1行有错误，%2行之前已导入</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/hotline/import_dialog.py" line="199"/>
        <source>Imported %n pre-registration(s).</source>
        <translation>
            <numerusform>已导入%n条渠道报备。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/hotline/import_dialog.py" line="201"/>
        <source>%n flagged as conflict(s) for the manager (判客): row(s) %1.</source>
        <translation>
            <numerusform>其中%n条需经理判客：第 %1 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/hotline/import_dialog.py" line="205"/>
        <source>%n row(s) added meanwhile by someone else: skipped.</source>
        <translation>
            <numerusform>%n行刚被其他人导入，已跳过。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/import_dialog.py" line="162"/>
        <source>error</source>
        <translation>有错误</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/import_dialog.py" line="194"/>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
</context>
<context>
    <name>InvalidDialog</name>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="219"/>
        <source>Invalid reception</source>
        <translation>无效接待</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="222"/>
        <source>— not invalid (clear the mark) —</source>
        <translation>— 非无效接待（清除标记）—</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="236"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="237"/>
        <source>Details</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>InvalidReason</name>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="49"/>
        <source>Competitor survey</source>
        <translation>同行调研</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="50"/>
        <source>Asking the way</source>
        <translation>问路</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="51"/>
        <source>Looking for someone</source>
        <translation>找人</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="52"/>
        <source>Delivery</source>
        <translation>送货</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="53"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ItineraryTable</name>
    <message>
        <location filename="../../reception_desk/ui/requests/itinerary_table.py" line="36"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/itinerary_table.py" line="36"/>
        <source>Activity</source>
        <translation>活动内容</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/itinerary_table.py" line="36"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/itinerary_table.py" line="37"/>
        <source>Our attendees</source>
        <translation>我方陪同人员</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/itinerary_table.py" line="38"/>
        <source>Add item</source>
        <translation>添加行程</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/itinerary_table.py" line="52"/>
        <source>e.g. 参观沙盘、样板房</source>
        <translation>例如：参观沙盘、样板房</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/itinerary_table.py" line="53"/>
        <source>e.g. 售楼处</source>
        <translation>例如：售楼处</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/itinerary_table.py" line="54"/>
        <source>e.g. 总经理、销售经理</source>
        <translation>例如：总经理、销售经理</translation>
    </message>
</context>
<context>
    <name>LobbyWindow</name>
    <message>
        <location filename="../../reception_desk/ui/lobby/window.py" line="224"/>
        <source>Lobby display</source>
        <translation>大厅显示屏</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/lobby/window.py" line="271"/>
        <source>The database is not answering: this display may be out of date.</source>
        <translation>数据库暂无响应：屏上显示的可能不是最新情况。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/lobby/window.py" line="282"/>
        <source>Up now — receives the next customer</source>
        <translation>第一序列 · 接待下一位客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/lobby/window.py" line="284"/>
        <source>On deck — ready next</source>
        <translation>第二序列 · 准备接待</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/lobby/window.py" line="286"/>
        <source>Then, in turn</source>
        <translation>轮候顺序</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/lobby/window.py" line="287"/>
        <location filename="../../reception_desk/ui/lobby/window.py" line="301"/>
        <source>… and %1 more</source>
        <translation>…… 还有 %1 位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/lobby/window.py" line="287"/>
        <source>Nobody else on duty</source>
        <translation>暂无其他在岗顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/lobby/window.py" line="300"/>
        <source>Expected today</source>
        <translation>今日预约到访</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/lobby/window.py" line="302"/>
        <source>No more appointments today</source>
        <translation>今日暂无待到访的预约</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/lobby/window.py" line="341"/>
        <source>Everyone is busy — one moment please</source>
        <translation>顾问均在接待，请稍候</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/lobby/window.py" line="343"/>
        <source>Nobody on duty yet</source>
        <translation>暂无顾问签到</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/lobby/window.py" line="360"/>
        <source>dddd d MMMM</source>
        <translation>M月d日 dddd</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="129"/>
        <source>Rotation log</source>
        <translation>轮接记录</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="137"/>
        <source>C&amp;onsultant</source>
        <translation>顾问(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="152"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="153"/>
        <source>Print PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="197"/>
        <source>All consultants</source>
        <translation>全部顾问</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="211"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="232"/>
        <source>Export the rotation log</source>
        <translation>导出轮接记录</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="240"/>
        <source>Save the rotation log as PDF</source>
        <translation>将轮接记录保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="257"/>
        <source>Printing the rotation log is not available in this version.</source>
        <translation>此版本不支持打印轮接记录。</translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="59"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="59"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="59"/>
        <source>Consultant</source>
        <translation>顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="59"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="60"/>
        <source>Mode</source>
        <translation>分配方式</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="60"/>
        <source>Position before → after</source>
        <translation>位置（前 → 后）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="60"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="61"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/log_dialog.py" line="93"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="84"/>
        <source>Arrival board</source>
        <extracomment>The right-hand column (rotation, and the bar / requests / hotline tabs under it). The rotation&apos;s share of the right-hand column&apos;s height. The first start&apos;s size on a screen with room for it. Room the title bar and borders take around the window. A --screenshot run must not overwrite the person&apos;s saved layout.</extracomment>
        <translation>到访看板</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="87"/>
        <source>Consultant rotation</source>
        <translation>轮接</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="98"/>
        <source>Water bar</source>
        <translation>水吧</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="106"/>
        <source>Reception requests</source>
        <translation>接待申请</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="111"/>
        <source>Hotline</source>
        <translation>来电登记</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="153"/>
        <source>&amp;File</source>
        <extracomment>True while the layout is the default one: it then follows the window&apos;s size.</extracomment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="154"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="158"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="163"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="168"/>
        <source>&amp;Party</source>
        <translation>客户(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="172"/>
        <source>&amp;Rotation</source>
        <translation>轮接(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="182"/>
        <source>Rotation &amp;log…</source>
        <translation>轮接记录(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="187"/>
        <source>S&amp;tatistics…</source>
        <translation>统计(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="197"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="201"/>
        <source>&amp;Reset layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="206"/>
        <source>&amp;Lobby display</source>
        <translation>大厅显示屏(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="210"/>
        <source>&amp;Window</source>
        <translation>窗口(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="211"/>
        <source>Open &amp;bar window</source>
        <translation>打开水吧窗口(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="216"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="217"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="221"/>
        <source>&amp;About Reception Desk</source>
        <translation>关于 Reception Desk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="236"/>
        <source>Re&amp;quests</source>
        <translation>接待申请(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="238"/>
        <source>Show reception &amp;requests</source>
        <translation>显示接待申请(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="259"/>
        <source>&amp;Hotline</source>
        <translation>来电(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="411"/>
        <source>Register an arrival</source>
        <translation>登记到访</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="412"/>
        <location filename="../../reception_desk/ui/main_window.py" line="441"/>
        <source>Enter</source>
        <translation>回车</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="412"/>
        <source>Save the form</source>
        <translation>保存表单</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="413"/>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="413"/>
        <source>Selected party: next stage</source>
        <translation>选中的客户进入下一环节</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="414"/>
        <source>Seat the party</source>
        <translation>安排入座</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="415"/>
        <source>Move to any stage</source>
        <translation>移到任意环节</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="416"/>
        <source>The party has left</source>
        <translation>客户已离开</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="417"/>
        <source>Undo the party&apos;s last move</source>
        <translation>撤销客户的上一步</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="418"/>
        <source>Set the consultant</source>
        <translation>设置置业顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="419"/>
        <source>Give the selected party to the up consultant</source>
        <translation>把选中的客户分给第一序列顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="420"/>
        <source>Edit the party</source>
        <translation>编辑客户信息</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="421"/>
        <source>Mark an invalid reception</source>
        <translation>标记无效接待</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="422"/>
        <source>Order drinks for the selected party (then 1–9, Enter)</source>
        <translation>为选中的客户点饮品（再按 1–9、回车）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="423"/>
        <source>Note a customer remark for the selected party</source>
        <translation>为选中的客户记录客户意见</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="424"/>
        <source>Search by surname, phone or plate</source>
        <translation>按姓氏、电话或车牌搜索</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="425"/>
        <source>Sign a consultant in</source>
        <translation>顾问签到</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="426"/>
        <source>Selected consultant: available</source>
        <translation>选中的顾问：空闲</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="427"/>
        <source>Selected consultant: on break</source>
        <translation>选中的顾问：休息</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="428"/>
        <source>Selected consultant: out</source>
        <translation>选中的顾问：外出</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="429"/>
        <source>Selected consultant: signed off</source>
        <translation>选中的顾问：下班</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="430"/>
        <source>Selected consultant missed the turn (to the back)</source>
        <translation>选中的顾问过号（排到最后）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="431"/>
        <source>Move the selected consultant in the queue (manager)</source>
        <translation>调整选中顾问的轮接顺序（经理）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="432"/>
        <source>Rotation log</source>
        <translation>轮接记录</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="433"/>
        <source>Open the bar window</source>
        <translation>打开水吧窗口</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="434"/>
        <source>Show the reception requests</source>
        <translation>显示接待申请</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="435"/>
        <source>New reception request</source>
        <translation>新建接待申请</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="436"/>
        <source>Open the selected reception request</source>
        <translation>打开选中的接待申请</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="437"/>
        <source>Approve the selected reception request</source>
        <translation>审批选中的接待申请</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="438"/>
        <source>Log a hotline call (phone first)</source>
        <translation>登记来电（先输入电话）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="439"/>
        <source>Customers: search, history, merge</source>
        <translation>客户：查找、历史记录、合并</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="440"/>
        <source>VIP data card of the selected party&apos;s customer</source>
        <translation>选中客户的VIP资料卡</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="441"/>
        <source>On the expected list: check the party in</source>
        <translation>在预约到访列表中：确认客户到访</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="442"/>
        <source>Export data to Excel or CSV</source>
        <translation>导出数据到 Excel 或 CSV</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="443"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="444"/>
        <source>This list</source>
        <translation>本列表</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="448"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="451"/>
        <source>About Reception Desk</source>
        <translation>关于 Reception Desk</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="452"/>
        <source>Reception Desk %1
Front-desk software for a sales office.
Database: %2</source>
        <translation>Reception Desk %1
售楼处前台接待软件。
数据库：%2</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/main_window.py" line="461"/>
        <source>Reception Desk — %1</source>
        <translation>Reception Desk — %1</translation>
    </message>
</context>
<context>
    <name>MenuDialog</name>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="327"/>
        <source>Bar menu</source>
        <translation>饮品单</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="329"/>
        <source>Drink</source>
        <translation>饮品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="329"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="329"/>
        <source>Fill</source>
        <translation>倒至</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="330"/>
        <source>Available</source>
        <translation>可点</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="330"/>
        <source>One serving uses</source>
        <translation>每份用量</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="334"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="335"/>
        <source>Add a drink (Ctrl+N)</source>
        <translation>添加饮品 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="336"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="337"/>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="395"/>
        <source>Take &amp;off the menu</source>
        <translation>下架(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="338"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="367"/>
        <source>Fill levels from the procedures: tea to %1% of the cup, other drinks to %2%. Serving a drink takes its recipe out of stock; a drink that is not available cannot be ordered.</source>
        <translation>按服务流程：茶倒至杯子的 %1%，其他饮品倒至 %2%。出品时按配方扣减库存；已下架的饮品不能点。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="376"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="376"/>
        <source>no — off the menu</source>
        <translation>否 — 已下架</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="377"/>
        <source>(nothing from stock)</source>
        <translation>（不耗用库存）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="394"/>
        <source>Put &amp;back on the menu</source>
        <translation>重新上架(&amp;B)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../reception_desk/ui/hotline/customers_dialog.py" line="52"/>
        <source>Merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/customers_dialog.py" line="68"/>
        <source>Two records of one person: everything of the record merged (calls, visits, appointments, VIP card) moves to the record kept. This is recorded in the audit log.</source>
        <translation>同一客户的两份档案：被合并档案的全部记录（来电、到访、预约、VIP资料卡）都会移到保留的档案中。此操作会记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/customers_dialog.py" line="74"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/customers_dialog.py" line="79"/>
        <source>Same person as:</source>
        <translation>与以下客户为同一人：</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/customers_dialog.py" line="81"/>
        <source>Keep:</source>
        <translation>保留：</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="113"/>
        <source>Enter the surname, e.g. 王.</source>
        <extracomment>The consultant&apos;s name as stored (the column holds 40 characters). The form&apos;s fields in order: problems are listed (and the first one focused) in this order.</extracomment>
        <translation>请输入姓氏，例如：王。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="116"/>
        <source>The surname is too long (at most {max} characters).</source>
        <translation>姓氏太长（最多{max}个字）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="119"/>
        <source>The surname cannot contain digits.</source>
        <translation>姓氏不能包含数字。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/call_form.py" line="89"/>
        <source>Enter the caller&apos;s phone number (or mark the call as not a customer).</source>
        <extracomment>Fields that may hold several lines. The consultant who answered (a roster id); None when the desk answered. The agreed visit time (aware); None when no visit was agreed. Party size expected for the agreed visit. The caller&apos;s answer to &quot;may we contact you?&quot; (recorded on the customer).</extracomment>
        <translation>请输入来电号码（或将本次来电标记为非客户）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/call_form.py" line="96"/>
        <source>The name cannot contain digits.</source>
        <translation>姓名不能包含数字。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/call_form.py" line="105"/>
        <source>A competitor or non-customer call makes no appointment.</source>
        <translation>同行调研或非客户来电不能约定到访。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/call_form.py" line="108"/>
        <source>The visit time needs a time zone.</source>
        <translation>到访时间缺少时区。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/call_form.py" line="111"/>
        <source>The agreed visit time is in the past.</source>
        <translation>约定的到访时间已过。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/call_form.py" line="114"/>
        <location filename="../../reception_desk/domain/call_form.py" line="160"/>
        <location filename="../../reception_desk/domain/party.py" line="122"/>
        <source>Party size must be between 1 and {max}.</source>
        <translation>来访人数须在1到{max}之间。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/call_form.py" line="117"/>
        <source>A competitor or non-customer call keeps no customer, so no consent: set it back to “Not asked”.</source>
        <translation>同行调研或非客户来电不建立客户，也不记录联系许可：请改回“未询问”。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/call_form.py" line="151"/>
        <source>Enter the customer&apos;s name or phone.</source>
        <translation>请输入客户姓名或电话。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/call_form.py" line="154"/>
        <source>A pre-registration needs the customer&apos;s phone.</source>
        <translation>渠道报备须填写客户电话。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/call_form.py" line="157"/>
        <source>The expected day is in the past.</source>
        <translation>预计到访日期已过。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="128"/>
        <source>Choose how they heard of the project.</source>
        <translation>请选择认知渠道。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/call_form.py" line="100"/>
        <location filename="../../reception_desk/domain/party.py" line="131"/>
        <source>“{channel}” is not in the channel list; pick one from the list.</source>
        <translation>“{channel}”不在渠道列表中，请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/consultants.py" line="41"/>
        <source>Enter the consultant&apos;s name.</source>
        <translation>请输入顾问姓名。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/consultants.py" line="44"/>
        <source>The name is too long (at most {max} characters).</source>
        <translation>姓名太长（最多{max}个字）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/consultants.py" line="49"/>
        <source>Enter the staff number: 1-20 letters, digits or dashes.</source>
        <translation>请输入工号：1～20位字母、数字或短横线。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/call_form.py" line="26"/>
        <location filename="../../reception_desk/domain/consultants.py" line="56"/>
        <location filename="../../reception_desk/domain/party.py" line="138"/>
        <source>Not a valid phone number: use an 11-digit mobile (138 1234 5678) or a landline with area code (010-12345678).</source>
        <extracomment>Longest text per field (the columns of `calls`). A phone as typed (spaces, dashes, +86) is never longer than this.</extracomment>
        <translation>电话号码无效：请输入11位手机号（138 1234 5678）或带区号的座机号（010-12345678）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="146"/>
        <source>Not a valid plate: province character, letter, then 5-6 letters or digits (京A12345).</source>
        <translation>车牌号无效：应为省份简称加字母，再加5～6位字母或数字（如京A12345）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_rules.py" line="85"/>
        <location filename="../../reception_desk/domain/text.py" line="46"/>
        <source>Too long: at most {max} characters.</source>
        <translation>内容太长：最多{max}个字符。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="151"/>
        <source>The sign-in must end after {low} to {high} minutes without input.</source>
        <extracomment>A party not received by a consultant within this many minutes is flagged. How long the arrival notice stays on screen. Rotation rule 3: a consultant skipped by a fill-in keeps their place. Rotation rule 6: an invalid reception marked this soon gives the turn back. Rotation rule 8: a visit makes the receiving consultant the owner this long. Water bar: serve within this many minutes; amber from the second setting. A bump made by mistake can be recalled this long. A refill round falls due this long after serving, and repeats. Fill levels from the procedures: tea 80% of the cup, other drinks 70%. The closing count reminder (HH:MM, site time). Accounts: a manager&apos;s sign-in at their own PC ends after this long without input. This many wrong PINs in a row lock the account for `pin_lock_minutes`. Reception requests: days of notice per level (A 3, B 2, C 1). Requests per level and day; 0 means no limit (the procedures: A at most 1, B at most 4 a day; C unlimited). Over the limit is a warning, never a refusal. Level A always needs the general manager; B and C only when set. The feedback form is due this many working days after the visit. The itinerary goes to the visiting leader this many days before arrival. Public holidays (ISO dates, YYYY-MM-DD) skipped when counting working days. Make-up working days (调休, ISO dates): weekend days worked in exchange for a holiday, e.g. Sunday 2025-09-28 and Saturday 2025-10-11 around National Day. Hotline: a call makes the answering consultant the owner this long. Backups: this many daily copies are kept (the oldest are deleted). Personal data (PIPL): a customer with no visit, call or appointment for this many days is anonymised by the daily retention run. Backups: the folder for the daily copies (a USB disk or a network share); empty means the &quot;backups&quot; folder beside the database file. Place and channel names are stored with each party in 40-character columns. The site&apos;s name, as printed on every sheet.</extracomment>
        <translation>无操作自动退出登录的时间须在{low}到{high}分钟之间。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="153"/>
        <source>Allow {low} to {high} wrong PINs before the lock.</source>
        <translation>锁定前允许输错 PIN 码的次数须在{low}到{high}次之间。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="155"/>
        <source>The lock must last {low} to {high} minutes.</source>
        <translation>锁定时长须在{low}到{high}分钟之间。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="157"/>
        <location filename="../../reception_desk/domain/site_settings.py" line="159"/>
        <location filename="../../reception_desk/domain/site_settings.py" line="161"/>
        <source>The notice period must be {low} to {high} days.</source>
        <translation>提前通知天数须在{low}到{high}天之间。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="163"/>
        <location filename="../../reception_desk/domain/site_settings.py" line="165"/>
        <location filename="../../reception_desk/domain/site_settings.py" line="167"/>
        <source>The daily capacity must be {low} (no limit) to {high}.</source>
        <translation>每日接待上限须在{low}（不限）到{high}之间。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="169"/>
        <source>Feedback must be due {low} to {high} working days after the visit.</source>
        <translation>反馈期限须为来访后{low}到{high}个工作日。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="171"/>
        <source>The itinerary must go out {low} to {high} days before arrival.</source>
        <translation>行程表须在到达前{low}到{high}天发出。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="173"/>
        <source>Ownership after a call must last {low} to {high} days.</source>
        <translation>来电后的客户归属期须为{low}到{high}天。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="175"/>
        <source>Keep {low} to {high} daily backups.</source>
        <translation>每日备份须保留 {low} 到 {high} 份。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="177"/>
        <source>Keep personal data {low} to {high} days after the last contact.</source>
        <translation>个人信息在最后一次往来后保留 {low} 至 {high} 天。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="192"/>
        <source>“{day}” is not a date; write make-up working days as YYYY-MM-DD.</source>
        <extracomment>A backup folder path longer than this is refused.</extracomment>
        <translation>“{day}”不是日期，调休上班日请按 YYYY-MM-DD 填写。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="196"/>
        <source>{day} is a weekday and already a working day; list only the Saturdays and Sundays worked in exchange for a holiday.</source>
        <translation>{day} 是工作日，本来就上班；这里只填因调休而上班的周六、周日。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="200"/>
        <source>{day} is listed as a holiday too; remove it from one of the lists.</source>
        <translation>{day} 也填在节假日里；请从其中一个列表删除。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="212"/>
        <source>Enter the site name.</source>
        <translation>请输入案场名称。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="217"/>
        <source>Unknown time zone “{zone}”; use a name such as Asia/Shanghai.</source>
        <translation>未知时区“{zone}”，请使用 Asia/Shanghai 这样的名称。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="222"/>
        <source>List at least one place where parties can sit.</source>
        <translation>请至少填写一个可入座的位置。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="226"/>
        <source>List at least one channel.</source>
        <translation>请至少填写一个渠道。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="235"/>
        <source>“{name}” is too long (at most {max} characters).</source>
        <translation>“{name}”太长（最多{max}个字符）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="239"/>
        <source>The waiting alert must be between 1 and 60 minutes.</source>
        <translation>未接待提醒时间须在1到60分钟之间。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="243"/>
        <source>The arrival notice must show for 2 to 60 seconds.</source>
        <translation>到访通知须显示2到60秒。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="246"/>
        <source>Choose whether a skipped consultant keeps their place.</source>
        <translation>请选择被跳过的顾问是否保留原位。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="249"/>
        <source>The turn-back window must be between 0 and 120 minutes.</source>
        <translation>补轮时限须在0到120分钟之间。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="252"/>
        <source>Ownership after a visit must last 1 to 365 days.</source>
        <translation>到访后的客户归属期须为1到365天。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="255"/>
        <source>The serve time must be between 1 and 60 minutes.</source>
        <translation>出品时限须在1到60分钟之间。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="257"/>
        <source>The amber mark must be between 0 and 60 minutes.</source>
        <translation>“快到时”提醒须在0到60分钟之间。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="259"/>
        <source>The recall window must be between 0 and 600 seconds.</source>
        <translation>撤回时限须在0到600秒之间。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="261"/>
        <source>The refill round must be between 1 and 240 minutes.</source>
        <translation>续杯巡台间隔须在1到240分钟之间。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="263"/>
        <location filename="../../reception_desk/domain/site_settings.py" line="265"/>
        <source>A fill level must be between 10% and 100%.</source>
        <translation>倒至比例须在10%到100%之间。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="274"/>
        <source>The amber mark must come before the serve time.</source>
        <translation>“快到时”提醒须早于出品时限。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="282"/>
        <source>Choose whether the general manager must approve.</source>
        <translation>请选择是否需要总经理审批。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="287"/>
        <source>“{day}” is not a date; write holidays as YYYY-MM-DD.</source>
        <translation>“{day}”不是日期，节假日请按 YYYY-MM-DD 填写。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="295"/>
        <source>Write the closing count time as HH:MM, e.g. 18:50.</source>
        <translation>清点物耗时间请按 HH:MM 填写，例如 18:50。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/site_settings.py" line="299"/>
        <source>The backup folder must be a path of at most {max} characters.</source>
        <translation>备份文件夹路径最多 {max} 个字符。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/stages.py" line="48"/>
        <location filename="../../reception_desk/services/bar.py" line="150"/>
        <location filename="../../reception_desk/services/rotation.py" line="335"/>
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
        <location filename="../../reception_desk/domain/customer_records.py" line="76"/>
        <source>Consent is kept with the customer&apos;s phone: enter the phone too, or set consent back to “Not asked”.</source>
        <translation>联系许可随客户的电话保存：请同时填写电话，或把联系许可改回“未询问”。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/errors.py" line="11"/>
        <source>That party is no longer on the board (deleted on another PC?).</source>
        <translation>该客户已不在看板上（可能已在其他电脑上删除）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/arrivals.py" line="261"/>
        <source>Choose where the party sits.</source>
        <translation>请选择客户入座的位置。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/arrivals.py" line="264"/>
        <source>“{place}” is not one of the site&apos;s places.</source>
        <translation>“{place}”不是本案场设置的位置。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/arrivals.py" line="278"/>
        <source>{place} is taken by {name}.</source>
        <translation>{place}已被{name}占用。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/arrivals.py" line="305"/>
        <source>{place} was just taken on another PC; choose another place.</source>
        <translation>{place}刚在其他电脑上被占用，请选择其他位置。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/arrivals.py" line="316"/>
        <source>The place was just taken on another PC; the move was not undone.</source>
        <translation>该位置刚被另一台电脑占用，撤销未执行。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/arrivals.py" line="330"/>
        <source>There is no move to undo for this party.</source>
        <translation>该客户没有可撤销的操作。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/arrivals.py" line="335"/>
        <source>Cannot undo: {place} is now taken by {name}.</source>
        <translation>无法撤销：{place}现已被{name}占用。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/arrivals.py" line="361"/>
        <source>Say what the visit was, since the reason is “Other”.</source>
        <translation>原因为“其他”时，请说明来访情况。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/demo/fill.py" line="92"/>
        <source>The database already holds {count} real visits; demo data would mix with them. Use another database, or force it if you are sure.</source>
        <extracomment>The last past days are replayed action by action through the services (like today); older ones are written in bulk by `history`, one transaction a day. Progress units a bulk day counts for (a replayed day has hundreds of actions). About three years of history (issue 14).</extracomment>
        <translation>数据库中已有{count}条真实到访记录，演示数据会与之混在一起。请换用其他数据库；如确定无误，也可强制填入。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/demo/fill.py" line="151"/>
        <source>Demo data covers 1 to {max} days.</source>
        <extracomment>The demo administrator&apos;s PIN when this run created it (print it once), else None.</extracomment>
        <translation>演示数据可覆盖1到{max}天。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export.py" line="56"/>
        <source>There is no export called “{name}”; available: {known}.</source>
        <extracomment>&quot;number&quot; is a quantity that may have a fraction (grams, millilitres, half a lemon).</extracomment>
        <translation>没有名为“{name}”的导出；可用的有：{known}。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export.py" line="65"/>
        <source>Unsupported export format “{fmt}”; use csv or xlsx.</source>
        <translation>不支持导出格式“{fmt}”，请使用 csv 或 xlsx。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/export.py" line="72"/>
        <source>The start date {start} is after the end date {end}.</source>
        <translation>开始日期 {start} 晚于结束日期 {end}。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/rotation.py" line="125"/>
        <source>Staff number {no} already belongs to {name}.</source>
        <extracomment>Mean minutes from assignment to departure over parties that left.</extracomment>
        <translation>工号{no}已属于{name}。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/errors.py" line="14"/>
        <location filename="../../reception_desk/services/calls.py" line="44"/>
        <source>That consultant is no longer on the roster.</source>
        <extracomment>The one message for a consultant taken off the roster (`require_consultant` raises it).</extracomment>
        <translation>该顾问已不在名册中。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/calls.py" line="83"/>
        <source>That call no longer exists.</source>
        <translation>该来电记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/rotation.py" line="144"/>
        <source>Staff number {no} was just added on another PC.</source>
        <translation>工号{no}刚在其他电脑上被添加。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/rotation.py" line="231"/>
        <source>Already signed in today.</source>
        <translation>今天已签到。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/rotation.py" line="238"/>
        <location filename="../../reception_desk/services/rotation.py" line="249"/>
        <location filename="../../reception_desk/services/rotation.py" line="258"/>
        <location filename="../../reception_desk/services/rotation.py" line="354"/>
        <source>Sign the consultant in first.</source>
        <translation>请先为该顾问签到。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/rotation.py" line="241"/>
        <source>A consultant becomes “receiving” by taking a party.</source>
        <translation>顾问接待客户后才会变为“接待中”。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/rotation.py" line="260"/>
        <source>Choose a position between 1 and {max}.</source>
        <translation>请选择1到{max}之间的位置。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/rotation.py" line="377"/>
        <source>{consultant} was just given {party} at another desk; nobody else is free now.</source>
        <translation>{consultant} 刚在另一台电脑上接待了{party}；现在没有其他空闲的顾问。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/rotation.py" line="380"/>
        <source>{consultant} was just given {party} at another desk; next up: {next}.</source>
        <translation>{consultant} 刚在另一台电脑上接待了{party}；下一位：{next}。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/rotation.py" line="384"/>
        <source>The rotation changed at another desk: {consultant} is no longer up, and nobody else is free now.</source>
        <translation>轮序已在另一台电脑上变化：{consultant} 已不是第一序列，现在没有其他空闲的顾问。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/rotation.py" line="387"/>
        <source>The rotation changed at another desk: {consultant} is no longer up; next up: {next}.</source>
        <translation>轮序已在另一台电脑上变化：{consultant} 已不是第一序列；下一位：{next}。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/rotation.py" line="409"/>
        <source>Give the reason for the override.</source>
        <translation>请填写经理指定的原因。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/bar.py" line="143"/>
        <source>That drink is not on the menu (or not available now).</source>
        <translation>该饮品不在饮品单上（或目前不供应）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/bar.py" line="147"/>
        <location filename="../../reception_desk/domain/bar.py" line="152"/>
        <source>A drink&apos;s count must be between 1 and 50.</source>
        <translation>每种饮品的数量须在1到50之间。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/bar.py" line="155"/>
        <source>Choose at least one drink.</source>
        <translation>请至少选择一种饮品。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/bar.py" line="94"/>
        <source>Enter the drink&apos;s name (at most {max} characters).</source>
        <extracomment>The board as last read for the windows, with every refill check in one list; any event (a change here or one the change feed brought) forgets it.</extracomment>
        <translation>请输入饮品名称（最多{max}个字）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/bar.py" line="98"/>
        <source>Each stock item of a serving needs a quantity above zero.</source>
        <translation>配方中每种物品的用量都须大于0。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/bar.py" line="106"/>
        <source>“{name}” is already on the menu.</source>
        <translation>“{name}”已在饮品单上。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/bar.py" line="110"/>
        <source>A stock item of the recipe no longer exists.</source>
        <translation>配方中的某个库存物品已不存在。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/store/bar_repo.py" line="39"/>
        <source>That drink is gone.</source>
        <extracomment>The one message each for a bar record another PC removed.</extracomment>
        <translation>该饮品已不存在。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/store/bar_repo.py" line="40"/>
        <source>That order is gone.</source>
        <translation>该订单已不存在。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/bar.py" line="166"/>
        <source>That order is no longer waiting (served or closed).</source>
        <translation>该订单已不在待上状态（已上或已关闭）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/bar.py" line="199"/>
        <source>Nothing served to recall.</source>
        <translation>没有可撤回的出品。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/bar.py" line="201"/>
        <source>Too late to recall: it was served over {seconds} s ago.</source>
        <translation>无法撤回：出品已超过{seconds}秒。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/bar.py" line="238"/>
        <source>That refill round is gone.</source>
        <translation>该续杯巡台已不存在。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/bar.py" line="241"/>
        <source>That refill round is already done.</source>
        <translation>该续杯巡台已处理。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/bar.py" line="272"/>
        <source>That table is already clear.</source>
        <translation>该桌已清台。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/bar.py" line="281"/>
        <source>Write the remark (at most {max} characters).</source>
        <translation>请填写客户意见（最多{max}个字）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/stock.py" line="51"/>
        <source>Enter a quantity from 0 to 1,000,000.</source>
        <translation>请输入0到1,000,000之间的数量。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/stock.py" line="78"/>
        <source>Enter the item&apos;s name (at most {max} characters).</source>
        <translation>请输入物品名称（最多{max}个字）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/stock.py" line="81"/>
        <source>Enter the unit, e.g. 包, 克, 个 (at most 6 characters).</source>
        <translation>请输入单位，例如：包、克、个（最多6个字）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/stock.py" line="93"/>
        <source>“{name}” is already in the stock list.</source>
        <translation>“{name}”已在库存清单中。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/store/bar_repo.py" line="41"/>
        <source>That stock item is gone.</source>
        <translation>该库存物品已不存在。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/accounts.py" line="43"/>
        <source>Enter the person&apos;s name (at most {max} characters).</source>
        <translation>请输入姓名（最多{max}个字）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/pins.py" line="41"/>
        <source>At most {max} characters.</source>
        <translation>最多{max}个字符。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/accounts.py" line="49"/>
        <source>Choose a role.</source>
        <translation>请选择角色。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/accounts.py" line="54"/>
        <source>Choose an approval level.</source>
        <translation>请选择审批身份。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/accounts.py" line="58"/>
        <source>Only a manager or an administrator signs approvals.</source>
        <translation>只有经理或管理员可以审批。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/appointment_rows.py" line="73"/>
        <source>The first row must name the columns; missing: {columns}.</source>
        <extracomment>Column -&gt; accepted header spellings (compared case-, space- and width-insensitively). A stable code for the command line&apos;s own messages (missing_phone, bad_date...).</extracomment>
        <translation>第一行必须是列名；缺少：{columns}。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/appointment_rows.py" line="75"/>
        <source>The file has no rows to import.</source>
        <translation>文件中没有可导入的行。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/appointment_rows.py" line="76"/>
        <source>Row {row}: the agency is missing.</source>
        <translation>第 {row} 行：缺少渠道。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/appointment_rows.py" line="77"/>
        <source>Row {row}: the phone is missing.</source>
        <translation>第 {row} 行：缺少电话。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/appointment_rows.py" line="78"/>
        <source>Row {row}: “{value}” is not a valid phone.</source>
        <translation>第 {row} 行：“{value}”不是有效的电话号码。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/appointment_rows.py" line="79"/>
        <source>Row {row}: the expected date is missing.</source>
        <translation>第 {row} 行：缺少预计到访日期。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/appointment_rows.py" line="80"/>
        <source>Row {row}: “{value}” is not a date (use 2026-11-28).</source>
        <translation>第 {row} 行：“{value}”不是日期（请用 2026-11-28 格式）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/appointment_rows.py" line="82"/>
        <source>Row {row}: “{value}” is not a number of people.</source>
        <translation>第 {row} 行：“{value}”不是有效的人数。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/appointment_rows.py" line="84"/>
        <source>Row {row}: {column} is too long (at most {max} characters).</source>
        <translation>第 {row} 行：{column}太长（最多{max}个字符）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/appointment_rows.py" line="86"/>
        <source>Row {row}: {column} holds a character that cannot be stored ({char}).</source>
        <translation>第 {row} 行：{column} 含有无法保存的字符（{char}）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/appointment_rows.py" line="88"/>
        <source>Row {row}: {column} holds only invisible characters.</source>
        <translation>第 {row} 行：{column} 只含有不可见字符。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/appointment_rows.py" line="90"/>
        <source>Row {row}: {value} is outside the dates this program works with.</source>
        <translation>第 {row} 行：日期 {value} 超出本程序可处理的范围。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/appointment_rows.py" line="92"/>
        <source>Row {row}: the same customer, agency and date as row {first}.</source>
        <translation>第 {row} 行：与第 {first} 行的客户、渠道和日期相同。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/appointment_rows.py" line="94"/>
        <source>Row {row}: already imported earlier.</source>
        <translation>第 {row} 行：之前已导入。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/pins.py" line="32"/>
        <source>A PIN has {low} to {high} digits.</source>
        <translation>PIN 码为{low}～{high}位数字。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/pins.py" line="35"/>
        <source>Enter a PIN.</source>
        <translation>请输入 PIN 码。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/pins.py" line="37"/>
        <source>A password has at least {low} characters; a PIN only digits.</source>
        <translation>密码至少{low}个字符；PIN 码只能是数字。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/reception_request.py" line="26"/>
        <source>A — VIP: visiting executives, supplier audit; the general manager approves and the chairman confirms the itinerary.</source>
        <translation>A 级 — 重要客户：来访高层领导、供应商审核等；由总经理审批，行程须董事长确认。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/reception_request.py" line="29"/>
        <source>B — business visit: partners, channel agencies.</source>
        <translation>B 级 — 商务来访：合作伙伴、渠道机构等。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/reception_request.py" line="30"/>
        <source>C — ordinary visit.</source>
        <translation>C 级 — 一般来访。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/reception_request.py" line="47"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/reception_request.py" line="48"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/reception_request.py" line="49"/>
        <source>Approved by department head</source>
        <translation>部门负责人已审批</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/reception_request.py" line="50"/>
        <source>Approved by general manager</source>
        <translation>总经理已审批</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/reception_request.py" line="51"/>
        <source>Scheduled</source>
        <translation>已排期</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/reception_request.py" line="52"/>
        <source>Visited</source>
        <translation>已到访</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/reception_request.py" line="53"/>
        <source>Feedback filed</source>
        <translation>已反馈</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/reception_request.py" line="54"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/reception_request.py" line="55"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/reception_request.py" line="73"/>
        <source>Name plates</source>
        <translation>桌牌</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/reception_request.py" line="74"/>
        <source>Welcome banner</source>
        <translation>迎接横幅</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/reception_request.py" line="75"/>
        <source>Meeting room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/reception_request.py" line="76"/>
        <source>Computer</source>
        <translation>电脑</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/reception_request.py" line="77"/>
        <source>Projector</source>
        <translation>投影仪</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/reception_request.py" line="78"/>
        <source>Presenter (clicker)</source>
        <translation>翻页笔</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/reception_request.py" line="79"/>
        <source>Company materials</source>
        <translation>公司资料</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/reception_request.py" line="80"/>
        <source>Drinking water</source>
        <translation>饮用水</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/reception_request.py" line="81"/>
        <source>Fruit</source>
        <translation>水果</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/reception_request.py" line="82"/>
        <source>Gifts</source>
        <translation>礼品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_rules.py" line="68"/>
        <source>Enter the host (接待负责人).</source>
        <extracomment>Headcount limits (one party on the board holds at most this many people). The budget must be between 0 and this (yuan). The one table of required fields per level, checked on submit. For A and B the guest list needs every guest&apos;s title too. Longest text per form field; the store&apos;s columns are no shorter. Fields typed in several lines; every other text field is one line.</extracomment>
        <translation>请填写接待负责人。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_rules.py" line="69"/>
        <source>Enter the host&apos;s department.</source>
        <translation>请填写接待负责人所在部门。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_rules.py" line="70"/>
        <source>Enter the visiting organisation.</source>
        <translation>请填写来访单位。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_rules.py" line="71"/>
        <source>Enter the purpose of the visit.</source>
        <translation>请填写来访目的。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_rules.py" line="72"/>
        <source>Enter how many guests come.</source>
        <translation>请填写来访人数。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_rules.py" line="73"/>
        <source>Enter the planned arrival.</source>
        <translation>请填写预计到达时间。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_rules.py" line="74"/>
        <source>Enter the planned departure.</source>
        <translation>请填写预计离开时间。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_rules.py" line="75"/>
        <source>A level {level} visit needs the guest list.</source>
        <translation>{level} 级来访须填写来访人员名单。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_rules.py" line="76"/>
        <source>A level {level} visit needs an itinerary.</source>
        <translation>{level} 级来访须填写行程安排。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_rules.py" line="77"/>
        <source>A level {level} visit needs the tour route.</source>
        <translation>{level} 级来访须填写参观路线。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_rules.py" line="78"/>
        <source>A level {level} visit needs the meal plan.</source>
        <translation>{level} 级来访须填写用餐安排。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_rules.py" line="79"/>
        <source>A level {level} visit needs the lodging (write “none” if none).</source>
        <translation>{level} 级来访须填写住宿安排（没有请填“无”）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_rules.py" line="81"/>
        <source>A level {level} visit needs the vehicle / pick-up (write “none” if none).</source>
        <translation>{level} 级来访须填写车辆 / 接送安排（没有请填“无”）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_rules.py" line="86"/>
        <source>The time has no time zone; enter it again.</source>
        <translation>该时间缺少时区，请重新填写。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_rules.py" line="110"/>
        <source>Choose the level: A, B or C.</source>
        <translation>请选择接待级别：A、B 或 C。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_rules.py" line="115"/>
        <location filename="../../reception_desk/domain/request_rules.py" line="393"/>
        <location filename="../../reception_desk/domain/text.py" line="45"/>
        <source>This must be text.</source>
        <extracomment>Characters that show nothing: a value of only these (and whitespace) is refused. What a multi-line field keeps of the control characters.</extracomment>
        <translation>此处只能填写文字。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_rules.py" line="132"/>
        <source>At most {max} guests.</source>
        <translation>来访人员最多{max}位。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_rules.py" line="138"/>
        <source>At most {max} itinerary lines.</source>
        <translation>行程最多{max}行。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_rules.py" line="151"/>
        <source>The headcount must be a whole number from {low} to {high}.</source>
        <translation>来访人数须为{low}到{high}之间的整数。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_rules.py" line="157"/>
        <source>The budget must be an amount from 0 to {max} yuan.</source>
        <translation>预算须在0到{max}元之间。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_rules.py" line="211"/>
        <source>The headcount is {headcount} but the guest list names {guests}.</source>
        <translation>来访人数为{headcount}人，但名单中列了{guests}人。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_rules.py" line="224"/>
        <source>The departure must be after the arrival.</source>
        <translation>离开时间须晚于到达时间。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_rules.py" line="227"/>
        <source>The arrival time has already passed.</source>
        <translation>到达时间已过。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_rules.py" line="244"/>
        <source>Enter guest {n}&apos;s name.</source>
        <translation>请填写第{n}位来访人员的姓名。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_rules.py" line="247"/>
        <source>Enter guest {n}&apos;s title (职务).</source>
        <translation>请填写第{n}位来访人员的职务。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_rules.py" line="251"/>
        <source>“{phone}” is not a valid phone number.</source>
        <translation>“{phone}”不是有效的电话号码。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_rules.py" line="272"/>
        <source>Enter what happens at line {n} of the itinerary.</source>
        <translation>请填写行程第{n}行的活动内容。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_rules.py" line="277"/>
        <source>Line {n} of the itinerary must end after it starts.</source>
        <translation>行程第{n}行的结束时间须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_rules.py" line="286"/>
        <source>Line {n} of the itinerary lies outside the visit.</source>
        <translation>行程第{n}行不在来访时间范围内。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_rules.py" line="333"/>
        <source>Short notice: level {level} needs {required} days, this gives {given}.</source>
        <translation>通知过晚：{level} 级须提前{required}天，本次只提前了{given}天。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_rules.py" line="336"/>
        <source>Level {level} needs {required} days&apos; notice and this gives {given}: give the reason for the short notice.</source>
        <translation>{level} 级须提前{required}天通知，本次只提前了{given}天：请填写紧急接待原因。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_rules.py" line="367"/>
        <source>Level {level} allows 1 visit a day; {day} already has {count}: {others}.</source>
        <translation>{level} 级每天最多接待1批；{day} 已有{count}批：{others}。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_rules.py" line="371"/>
        <source>Level {level} allows {limit} visits a day; {day} already has {count}: {others}.</source>
        <translation>{level} 级每天最多接待{limit}批；{day} 已有{count}批：{others}。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_rules.py" line="387"/>
        <source>Fill in the feedback form.</source>
        <translation>请填写反馈表。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_rules.py" line="398"/>
        <source>Write how the visit went.</source>
        <translation>请填写接待情况总结。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_workflow.py" line="48"/>
        <source>submitted</source>
        <extracomment>A reject or cancel reason, at most this long.</extracomment>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_workflow.py" line="49"/>
        <source>approved by the department head</source>
        <translation>由部门负责人审批</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_workflow.py" line="50"/>
        <source>approved by the general manager</source>
        <translation>由总经理审批</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_workflow.py" line="51"/>
        <source>scheduled</source>
        <translation>排期</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_workflow.py" line="52"/>
        <source>rejected</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_workflow.py" line="53"/>
        <source>cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_workflow.py" line="54"/>
        <source>marked visited</source>
        <translation>标记为已到访</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_workflow.py" line="55"/>
        <source>given its feedback form</source>
        <translation>填写反馈表</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_workflow.py" line="56"/>
        <source>closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_workflow.py" line="151"/>
        <source>Request {number} is “{status}”: it cannot be {action} now.</source>
        <extracomment>Anyone holding the permission (None: anyone at the desk). Holds the permission and neither created nor hosts the request. The creator or the host of the request, or anyone holding the permission. From which statuses, and the permission needed from each (None: none needed). A reason must be given (reject, cancel). The one table of the workflow.</extracomment>
        <translation>申请 {number} 当前为“{status}”，现在不能{action}。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_workflow.py" line="157"/>
        <source>Give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/request_workflow.py" line="165"/>
        <source>{name} created or hosts request {number} and may not approve or reject it; another approver must.</source>
        <translation>{name}是申请 {number} 的填写人或接待负责人，不能自行审批或退回，须由其他审批人处理。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/roles.py" line="85"/>
        <source>Receptionist</source>
        <extracomment>Reception requests Rotation Water bar Customers and the hotline Site administration A person&apos;s data: preview retention, export everything about one customer, erase it. The one table: what each role may do beyond everyday work. Approval permissions come from the manager&apos;s approval level, not the role alone.</extracomment>
        <translation>前台</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/roles.py" line="86"/>
        <source>Bar attendant</source>
        <translation>水吧服务员</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/roles.py" line="87"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/roles.py" line="88"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/roles.py" line="92"/>
        <source>No approval</source>
        <translation>不参与审批</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/roles.py" line="93"/>
        <source>Department head</source>
        <translation>部门负责人</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/roles.py" line="94"/>
        <source>General manager</source>
        <translation>总经理</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/roles.py" line="98"/>
        <source>fill in reception requests</source>
        <translation>填写接待申请</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/roles.py" line="99"/>
        <source>approve requests as department head</source>
        <translation>以部门负责人身份审批接待申请</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/roles.py" line="101"/>
        <source>approve requests as general manager</source>
        <translation>以总经理身份审批接待申请</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/roles.py" line="103"/>
        <source>cancel anyone&apos;s request</source>
        <translation>取消任何人的接待申请</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/roles.py" line="104"/>
        <source>print request sheets</source>
        <translation>打印接待申请单据</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/roles.py" line="105"/>
        <source>override the rotation</source>
        <translation>不按轮接顺序指定顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/roles.py" line="106"/>
        <source>edit the consultant roster</source>
        <translation>编辑顾问名册</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/roles.py" line="107"/>
        <source>edit the drinks menu</source>
        <translation>编辑饮品单</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/roles.py" line="108"/>
        <source>edit the stock register</source>
        <translation>编辑水吧库存</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/roles.py" line="109"/>
        <source>merge customer records</source>
        <translation>合并客户档案</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/roles.py" line="110"/>
        <source>settle customer conflicts</source>
        <translation>判客</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/roles.py" line="111"/>
        <source>change the site settings</source>
        <translation>修改案场设置</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/roles.py" line="112"/>
        <source>manage accounts</source>
        <translation>管理账户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/roles.py" line="113"/>
        <source>view the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/roles.py" line="114"/>
        <source>export personal data</source>
        <translation>导出个人信息</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/roles.py" line="115"/>
        <source>delete records</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/roles.py" line="116"/>
        <source>export or erase a customer&apos;s personal data</source>
        <translation>导出或删除客户的个人信息</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/roles.py" line="163"/>
        <source>Only an authorised person may {action}: enter a PIN first.</source>
        <translation>只有获得授权的人员才能{action}：请先输入 PIN 码。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/roles.py" line="167"/>
        <source>{name} may not {action}.</source>
        <translation>{name}无权{action}。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/accounts.py" line="43"/>
        <source>Wrong PIN, {n} tries left.</source>
        <translation>PIN 码错误，还可尝试{n}次。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/accounts.py" line="52"/>
        <source>Too many wrong PINs: this account is locked until {until}.</source>
        <translation>PIN 码错误次数过多：该账户已锁定至 {until}。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/accounts.py" line="59"/>
        <source>That account no longer exists.</source>
        <translation>该账户已不存在。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/accounts.py" line="101"/>
        <source>An administrator already exists; ask them for an account.</source>
        <translation>已有管理员，请向管理员申请账户。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/accounts.py" line="216"/>
        <source>Keep at least one active administrator.</source>
        <translation>至少要保留一个启用中的管理员账户。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/accounts.py" line="229"/>
        <source>That account is no longer active.</source>
        <translation>该账户已停用。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/accounts.py" line="286"/>
        <source>There is already an account called “{name}”.</source>
        <translation>已有名为“{name}”的账户。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/appointment_import.py" line="81"/>
        <location filename="../../reception_desk/services/appointment_import.py" line="86"/>
        <location filename="../../reception_desk/services/appointment_import.py" line="114"/>
        <location filename="../../reception_desk/services/appointment_import.py" line="118"/>
        <location filename="../../reception_desk/services/appointment_import.py" line="147"/>
        <source>Cannot read {path}: {reason}</source>
        <extracomment>An agency&apos;s list is a few hundred rows; a file above this size is refused unread. Rows read from one file at most (a sheet that claims a million rows is refused). Rows that will be imported, in file order. Every problem, row by row (row 1 is the header line). Rows imported before are not problems: they are in `already_imported`. Data rows read (header and blank lines excluded). Valid rows already imported earlier (same agency, phone and date), by row number. Appointment ids created, in file order. Rows added since the preview by someone else (same key): skipped. Imported rows flagged as conflicts (owned / another agency), by row number.</extracomment>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/appointment_import.py" line="98"/>
        <source>{path} is neither UTF-8 nor GBK text.</source>
        <translation>{path} 既不是 UTF-8 编码也不是 GBK 编码的文本。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/appointment_import.py" line="138"/>
        <location filename="../../reception_desk/services/appointment_import.py" line="153"/>
        <source>{path} is not a readable Excel file.</source>
        <translation>{path} 不是可读取的 Excel 文件。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/appointments.py" line="38"/>
        <source>That appointment no longer exists.</source>
        <translation>该预约已不存在。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/appointments.py" line="132"/>
        <source>The party has already arrived; it cannot be cancelled.</source>
        <extracomment>Runs inside a check-in&apos;s transaction with the appointment (marked arrived) and the new party&apos;s id; returns the other topics it changed, for the check-in&apos;s one event. Called after a check-in commits, with the appointment and the new party. Called inside the check-in&apos;s transaction (a reception request&apos;s visit).</extracomment>
        <translation>客户已到访，不能取消。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/appointments.py" line="155"/>
        <location filename="../../reception_desk/services/appointments.py" line="172"/>
        <source>This appointment has already been checked in or cancelled.</source>
        <translation>该预约已确认到访或已取消。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/appointments.py" line="220"/>
        <source>There is no open conflict on this appointment.</source>
        <translation>该预约没有待处理的判客。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/customers.py" line="34"/>
        <location filename="../../reception_desk/services/privacy.py" line="51"/>
        <source>That customer no longer exists (merged or deleted?).</source>
        <extracomment>Who the automatic daily run is in the audit log. The site-local day of the last daily run (a flag beside the site settings).</extracomment>
        <translation>该客户已不存在（可能已被合并或删除）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/customers.py" line="45"/>
        <source>Household size must be between 1 and {max}.</source>
        <translation>家庭人数须在1到{max}之间。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/customers.py" line="204"/>
        <source>Choose two different customers to merge.</source>
        <translation>请选择两位不同的客户进行合并。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/requests.py" line="104"/>
        <source>That request no longer exists (deleted on another PC?).</source>
        <extracomment>Statuses whose visit still lies ahead and counts towards the day&apos;s capacity. The itinerary may be marked sent once the request is submitted and until the visit. Created or hosted by the actor. Pending the approval the actor may give, and not their own. Arriving this week (site-local Monday to Sunday), cancelled ones left out. Visited and the feedback form past its due day. Warnings that do not stop the request (over the daily capacity).</extracomment>
        <translation>该接待申请已不存在（可能已在其他电脑上删除）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/requests.py" line="189"/>
        <source>There is no request “{key}”.</source>
        <translation>没有接待申请“{key}”。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/requests.py" line="300"/>
        <source>Request {number} is no longer a draft: reject it back to draft to change it.</source>
        <translation>申请 {number} 已不是草稿：如需修改，请先退回为草稿。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/requests.py" line="398"/>
        <source>The itinerary of request {number} can be marked sent only between submitting and the visit.</source>
        <translation>申请 {number} 的行程表只能在提交之后、来访之前标记为已发送。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/requests.py" line="475"/>
        <source>Request {number} is not scheduled: only a scheduled visit can be linked to an arriving party.</source>
        <translation>申请 {number} 尚未排期：只有已排期的来访才能关联到访客户。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/audit_actions.py" line="9"/>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/audit_actions.py" line="10"/>
        <source>Wrong PIN</source>
        <translation>PIN 码错误</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/audit_actions.py" line="11"/>
        <source>Sign-in refused (locked)</source>
        <translation>账户锁定中登录被拒</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/audit_actions.py" line="12"/>
        <source>Signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/audit_actions.py" line="13"/>
        <source>Account created</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/audit_actions.py" line="14"/>
        <source>Account changed</source>
        <translation>修改账户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/audit_actions.py" line="15"/>
        <source>PIN reset</source>
        <translation>重设 PIN 码</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/audit_actions.py" line="16"/>
        <source>Account deactivated</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/audit_actions.py" line="17"/>
        <source>Data exported</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/audit_actions.py" line="18"/>
        <source>Sheet printed</source>
        <translation>打印含个人信息的单据</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/audit_actions.py" line="19"/>
        <source>Rotation overridden</source>
        <translation>经理调整轮接</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/audit_actions.py" line="20"/>
        <source>Settings changed</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/audit_actions.py" line="21"/>
        <source>Roster changed</source>
        <translation>修改顾问名册</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/audit_actions.py" line="22"/>
        <source>Menu changed</source>
        <translation>修改饮品菜单</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/audit_actions.py" line="23"/>
        <source>Stock item changed</source>
        <translation>修改库存物品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/audit_actions.py" line="24"/>
        <source>Request approved by department head</source>
        <translation>部门负责人审批</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/audit_actions.py" line="26"/>
        <source>Request approved by general manager</source>
        <translation>总经理审批</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/audit_actions.py" line="27"/>
        <source>Request rejected</source>
        <translation>退回接待申请</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/audit_actions.py" line="28"/>
        <source>Request cancelled</source>
        <translation>取消接待申请</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/audit_actions.py" line="29"/>
        <source>Customers merged</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/audit_actions.py" line="30"/>
        <source>Customer conflict settled</source>
        <translation>判客</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/audit_actions.py" line="31"/>
        <source>Personal data past retention anonymised</source>
        <translation>到期个人信息已匿名化</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/audit_actions.py" line="32"/>
        <source>A customer&apos;s data exported</source>
        <translation>已导出客户的全部信息</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/audit_actions.py" line="33"/>
        <source>A customer&apos;s data erased</source>
        <translation>已删除客户的个人信息</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/text.py" line="47"/>
        <source>Must be one line: remove the line break.</source>
        <translation>只能填一行：请删除换行。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/text.py" line="48"/>
        <source>Contains an invisible control character ({code}); delete it and type the text again.</source>
        <translation>含有不可见的控制字符（{code}）；请删除后重新输入。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/text.py" line="51"/>
        <source>Contains a broken character ({code}) that cannot be saved; type the text again.</source>
        <translation>含有无法保存的损坏字符（{code}）；请重新输入。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/text.py" line="54"/>
        <source>Contains a text-direction control ({code}) that makes the text read differently from what is saved; delete it.</source>
        <translation>含有文字方向控制符（{code}），会使显示的文字与保存的不同；请删除。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/text.py" line="57"/>
        <source>Contains only invisible characters; type the text or leave the field empty.</source>
        <translation>只含有不可见字符；请输入文字或留空。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/day_range.py" line="25"/>
        <source>{day} is outside the dates this program works with ({earliest} to {latest}).</source>
        <translation>{day} 超出本程序可处理的日期范围（{earliest} 至 {latest}）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="61"/>
        <source>{who} changed this {what} at {time} ({changes}). What you typed is still in the form: check it and save again.</source>
        <translation>{who} 在 {time} 修改了这条{what}记录（{changes}）。您输入的内容仍在表单中：请核对后再次保存。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="74"/>
        <source>party</source>
        <extracomment>What the message calls each kind of record (translated by the UI).</extracomment>
        <translation>来访</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="75"/>
        <source>consultant</source>
        <translation>顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="76"/>
        <source>stock item</source>
        <translation>库存物品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="77"/>
        <source>drink</source>
        <translation>饮品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="78"/>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="79"/>
        <source>VIP card</source>
        <translation>VIP卡</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="80"/>
        <source>reception request</source>
        <translation>接待申请</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="81"/>
        <source>settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="85"/>
        <location filename="../../reception_desk/domain/edits.py" line="91"/>
        <location filename="../../reception_desk/domain/edits.py" line="97"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="86"/>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="88"/>
        <location filename="../../reception_desk/domain/edits.py" line="100"/>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="92"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="93"/>
        <source>Available</source>
        <translation>可供应</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="94"/>
        <source>Recipe</source>
        <translation>配方</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="98"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="99"/>
        <source>Low-stock level</source>
        <translation>低库存线</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="104"/>
        <source>Wanted area</source>
        <translation>意向面积</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="105"/>
        <location filename="../../reception_desk/domain/edits.py" line="130"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="106"/>
        <source>Layout</source>
        <translation>户型</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="107"/>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="108"/>
        <location filename="../../reception_desk/domain/edits.py" line="121"/>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="109"/>
        <source>Household</source>
        <translation>家庭人数</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="110"/>
        <source>Lives in</source>
        <translation>现居区域</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="111"/>
        <source>Agreed to be contacted</source>
        <translation>同意联系</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="112"/>
        <location filename="../../reception_desk/domain/edits.py" line="131"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="115"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="116"/>
        <source>Host</source>
        <translation>接待人</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="117"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="118"/>
        <source>Organisation</source>
        <translation>来访单位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="119"/>
        <source>Guests</source>
        <translation>来宾</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="120"/>
        <source>Headcount</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="122"/>
        <source>Arrival</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="123"/>
        <source>Departure</source>
        <translation>离开时间</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="124"/>
        <source>Itinerary</source>
        <translation>行程</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="125"/>
        <source>Route</source>
        <translation>路线</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="126"/>
        <source>Meals</source>
        <translation>用餐</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="127"/>
        <source>Lodging</source>
        <translation>住宿</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="128"/>
        <source>Vehicle</source>
        <translation>用车</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="129"/>
        <source>Preparations</source>
        <translation>准备事项</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="132"/>
        <source>Reason for short notice</source>
        <translation>紧急接待理由</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="137"/>
        <source>Surname</source>
        <extracomment>The party form&apos;s fields as the change list names them.</extracomment>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="138"/>
        <source>Title</source>
        <translation>称呼</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="139"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="140"/>
        <source>Visit type</source>
        <translation>来访类型</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="141"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="87"/>
        <location filename="../../reception_desk/domain/edits.py" line="142"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="143"/>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="144"/>
        <source>Description</source>
        <translation>特征描述</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="145"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/edits.py" line="146"/>
        <source>Consultant</source>
        <translation>顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/text.py" line="122"/>
        <source>; </source>
        <extracomment>The site&apos;s time zone for times in messages; DeskApp sets it from the site settings.</extracomment>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/text.py" line="123"/>
        <source>{field}: “{old}” → “{new}”</source>
        <translation>{field}：“{old}” → “{new}”</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/privacy.py" line="59"/>
        <source>This customer&apos;s personal data was already removed on {when}.</source>
        <extracomment>What an anonymisation changes besides the customers: any visit or appointment may show a blanked name or phone (no ids: the views read theirs again).</extracomment>
        <translation>该客户的个人信息已于 {when} 删除。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/services/privacy.py" line="259"/>
        <source>Unsupported format “{fmt}”; use json or xlsx.</source>
        <extracomment>Activity before this instant is too old. Records with no customer that still hold personal text and are older than the cutoff. Customers anonymised (records merged into them included).</extracomment>
        <translation>不支持的格式“{fmt}”；请用 json 或 xlsx。</translation>
    </message>
</context>
<context>
    <name>MoreSettings</name>
    <message>
        <location filename="../../reception_desk/ui/settings/more_groups.py" line="55"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/more_groups.py" line="55"/>
        <source> min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/more_groups.py" line="68"/>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/more_groups.py" line="74"/>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/more_groups.py" line="79"/>
        <source>Level B needs the general manager&apos;s approval</source>
        <translation>B 级需总经理审批</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/more_groups.py" line="81"/>
        <source>Level C needs the general manager&apos;s approval</source>
        <translation>C 级需总经理审批</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/more_groups.py" line="95"/>
        <source> daily copies</source>
        <translation> 份每日备份</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/more_groups.py" line="98"/>
        <source>“backups” beside the database</source>
        <translation>数据库旁的“backups”文件夹</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/more_groups.py" line="101"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/more_groups.py" line="110"/>
        <source>Reception requests</source>
        <translation>接待申请</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/more_groups.py" line="113"/>
        <source>Level %1: notice at least</source>
        <translation>%1 级：至少提前</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/more_groups.py" line="116"/>
        <source>Level %1: requests per day</source>
        <translation>%1 级：每日接待上限</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/more_groups.py" line="120"/>
        <source>Feedback due after the visit within</source>
        <translation>来访后提交反馈的期限</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/more_groups.py" line="122"/>
        <source>Send the itinerary before arrival</source>
        <translation>行程表提前发送</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/more_groups.py" line="194"/>
        <source>One date per line (YYYY-MM-DD). Make-up working days are the weekend days worked in exchange for a holiday.</source>
        <translation>每行一个日期（YYYY-MM-DD）。调休上班日是因节假日调休而上班的周六、周日。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/more_groups.py" line="126"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/more_groups.py" line="55"/>
        <source> day</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/more_groups.py" line="73"/>
        <source> working day</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/more_groups.py" line="94"/>
        <source> daily copy</source>
        <translation> 份每日备份</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/more_groups.py" line="128"/>
        <source>Sign out after no input for</source>
        <translation>无操作自动退出登录</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/more_groups.py" line="130"/>
        <source>Lock an account after wrong PINs</source>
        <translation>PIN 码输错几次后锁定账户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/more_groups.py" line="132"/>
        <source>Keep it locked for</source>
        <translation>锁定时长</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/more_groups.py" line="134"/>
        <source>Hotline</source>
        <translation>来电登记</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/more_groups.py" line="136"/>
        <source>A call makes the consultant the owner for</source>
        <translation>来电后客户归属顾问的期限</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/more_groups.py" line="139"/>
        <source>Personal data (PIPL): a customer with no visit, call or appointment for this long is anonymised once a day; counts and statistics stay. Accounts › Retention preview… lists who is next.</source>
        <translation>个人信息保护：客户在此期间内没有到访、来电或预约，每天自动匿名化一次；数量与统计保留。“账户 › 匿名化预览…”列出下次将被匿名化的客户。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/more_groups.py" line="142"/>
        <source>Anonymise customers with no contact for</source>
        <translation>客户无往来后匿名化，期限</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/more_groups.py" line="144"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/more_groups.py" line="147"/>
        <source>Backup folder (USB disk or network share)</source>
        <translation>备份文件夹（U 盘或网络共享）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/more_groups.py" line="151"/>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/more_groups.py" line="160"/>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/more_groups.py" line="161"/>
        <source>Make-up working days</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/more_groups.py" line="181"/>
        <source>Needs the optional package chinesecalendar (pip install chinesecalendar). Until then, type the days from the State Council notice.</source>
        <translation>需要可选软件包 chinesecalendar（pip install chinesecalendar）。在此之前，请按国务院办公厅的放假通知填写。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/more_groups.py" line="185"/>
        <source>Adds the State Council&apos;s lists from the installed chinesecalendar package (years %1 to %2); nothing is downloaded.</source>
        <translation>从已安装的 chinesecalendar 软件包（%1 至 %2 年）填入国务院公布的放假调休安排，不联网下载。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/more_groups.py" line="202"/>
        <source>Fill in official holidays for %1</source>
        <translation>填入 %1 年法定节假日</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/more_groups.py" line="211"/>
        <source>The installed chinesecalendar package has no list for %1 yet; type the days from the State Council notice.</source>
        <translation>已安装的 chinesecalendar 软件包还没有 %1 年的安排；请按国务院办公厅的放假通知填写。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/more_groups.py" line="221"/>
        <source>Added for %1: %2 holidays and %3 make-up working days. Check them, then save.</source>
        <translation>已填入 %1 年：%2 个节假日、%3 个调休上班日。请核对后保存。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/more_groups.py" line="229"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../reception_desk/ui/notice.py" line="93"/>
        <source>Appointment customer %1 has arrived, 1 person</source>
        <extracomment>Cards shown at once; the oldest goes when one more comes. Distance from the window&apos;s edges. The cards&apos; width: a quarter of the window, within these bounds.</extracomment>
        <translation>预约客户%1到访，1位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/notice.py" line="95"/>
        <source>Appointment customer %1 has arrived, %2 people</source>
        <translation>预约客户%1到访，%2位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/notice.py" line="97"/>
        <source>Walk-in customer %1 has arrived, 1 person</source>
        <translation>自然到访客户%1到访，1位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/notice.py" line="99"/>
        <source>Walk-in customer %1 has arrived, %2 people</source>
        <translation>自然到访客户%1到访，%2位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/notice.py" line="102"/>
        <source> · returning customer</source>
        <translation> · 老客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/notice.py" line="133"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../reception_desk/ui/rotation/override_dialog.py" line="43"/>
        <source>Manager confirmation</source>
        <translation>经理确认</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/override_dialog.py" line="53"/>
        <source>why the rotation is overridden</source>
        <translation>不按轮接顺序的原因</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/override_dialog.py" line="57"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>PartyEntryDialog</name>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="100"/>
        <source>Register arrival</source>
        <extracomment>The roster entry &quot;no consultant yet&quot;: the party waits unassigned. The rotation&apos;s proposal for the phone typed so far (None without rotation). What the chosen consultant means under the rules (None: no choice / free text). Consultants on duty and a new party: the Consultant field is the roster.</extracomment>
        <translation>登记到访</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="101"/>
        <source>Edit party</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="107"/>
        <source>e.g. 王</source>
        <translation>例如：王</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="127"/>
        <source> people</source>
        <translation>位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="127"/>
        <source> person</source>
        <translation>位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="147"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="151"/>
        <source>optional · 138 1234 5678 or 010-12345678</source>
        <translation>选填 · 138 1234 5678 或 010-12345678</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="163"/>
        <source>optional · 粤B12345</source>
        <extracomment>The customer&apos;s answer to &quot;may we contact you?&quot; (kept with the phone&apos;s customer).</extracomment>
        <translation>选填 · 粤B12345</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="168"/>
        <source>for the posts: grey coat, with a child, white SUV…</source>
        <translation>便于各岗位辨认：灰色外套、带小孩、白色SUV…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="189"/>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="200"/>
        <source>&amp;Surname</source>
        <translation>姓氏(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="201"/>
        <source>Party si&amp;ze</source>
        <translation>人数(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="202"/>
        <source>Type</source>
        <translation>到访类型</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="203"/>
        <source>C&amp;hannel</source>
        <translation>认知渠道(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="204"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="206"/>
        <source>C&amp;onsent</source>
        <translation>联系许可(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="207"/>
        <source>P&amp;late</source>
        <translation>车牌(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="208"/>
        <source>&amp;Description</source>
        <translation>特征(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="210"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="211"/>
        <source>&amp;Consultant</source>
        <translation>置业顾问(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="234"/>
        <source>Enter saves · Esc cancels</source>
        <extracomment>The input widget of each of FIELDS, by the name its problems and error label use.</extracomment>
        <translation>回车保存 · Esc 取消</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="334"/>
        <source>%1 · not on duty</source>
        <extracomment>Shown when another PC saved this party since the form opened. The version of the party the form&apos;s values are based on (optimistic locking). The form&apos;s values as opened, to tell the person&apos;s changes from another PC&apos;s.</extracomment>
        <translation>%1 · 未在岗</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="336"/>
        <source>— no consultant yet —</source>
        <translation>— 暂不分配顾问 —</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="362"/>
        <source>Change it with Consultant… (F3) on the board</source>
        <translation>请在看板上用“顾问…”(F3) 更改</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="364"/>
        <source>Nobody is signed in: type a name (no rotation)</source>
        <translation>无人签到：请输入姓名（不按轮接）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="395"/>
        <source>Nobody is free: the party waits for a consultant</source>
        <translation>无空闲顾问：客户等待接待</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="397"/>
        <source>No consultant yet: the party waits</source>
        <translation>暂不分配顾问：客户等待接待</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="424"/>
        <source>★ Returning customer — earlier visits:</source>
        <translation>★ 老客户 — 以往到访：</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="427"/>
        <source>no consultant recorded</source>
        <translation>未记录顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/entry_dialog.py" line="555"/>
        <source>Not registered yet: %1 could not be given the party: %2
Check the consultant and press Enter again.</source>
        <translation>尚未登记：无法把这组客户交给%1：%2
请检查置业顾问后再按回车。</translation>
    </message>
</context>
<context>
    <name>PartyPicker</name>
    <message>
        <location filename="../../reception_desk/ui/bar/dialogs.py" line="205"/>
        <source>Choose the table</source>
        <translation>选择桌位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/dialogs.py" line="217"/>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/dialogs.py" line="219"/>
        <source>Choose (Enter)</source>
        <translation>选择（回车）</translation>
    </message>
</context>
<context>
    <name>PartyTableModel</name>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="89"/>
        <source>No.</source>
        <extracomment>Walk-in / appointment and the channel, folded into one column. `_waiting`&apos;s answers since the last tick, by party id (with the record asked). Customer remarks (客户意见) by party id, for the status marker and tooltip. The day the board shows; arrivals from other days carry their date.</extracomment>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="89"/>
        <source>Arrived</source>
        <translation>到访时间</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="90"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="90"/>
        <source>Size</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="91"/>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="91"/>
        <source>In stage</source>
        <translation>环节用时</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="92"/>
        <source>In building</source>
        <translation>在场时长</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="93"/>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="93"/>
        <source>Consultant</source>
        <translation>顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="92"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="94"/>
        <source>Type · channel</source>
        <translation>类型 · 渠道</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="95"/>
        <source>Description / note</source>
        <translation>特征 / 备注</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="171"/>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="255"/>
        <source>★ returning</source>
        <translation>★ 老客户</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="173"/>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="211"/>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="244"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n位</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="195"/>
        <source>Invalid: %1</source>
        <translation>无效接待：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="197"/>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="257"/>
        <source>⚠ Waiting %1, not received</source>
        <translation>⚠ 等待 %1 未接待</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="200"/>
        <source>Waiting for a consultant</source>
        <translation>等待顾问接待</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="203"/>
        <source>From an earlier day</source>
        <translation>非今日到访</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="206"/>
        <source>✎ %n remark(s)</source>
        <translation>
            <numerusform>✎ 客户意见%n条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="227"/>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="229"/>
        <source>Plate: %1</source>
        <translation>车牌：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/model.py" line="234"/>
        <source>Customer remarks:</source>
        <translation>客户意见：</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../reception_desk/ui/accounts/pin_dialog.py" line="133"/>
        <source>Confirm with PIN</source>
        <translation>PIN 码确认</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/pin_dialog.py" line="136"/>
        <source>sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/pin_dialog.py" line="137"/>
        <source>To %1, choose your name and type your PIN.</source>
        <translation>如需%1，请选择您的姓名并输入 PIN 码。</translation>
    </message>
</context>
<context>
    <name>PinEntry</name>
    <message>
        <location filename="../../reception_desk/ui/accounts/pin_dialog.py" line="56"/>
        <location filename="../../reception_desk/ui/accounts/pin_dialog.py" line="86"/>
        <source>PIN or password</source>
        <translation>PIN 码或密码</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/pin_dialog.py" line="61"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/pin_dialog.py" line="62"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/pin_dialog.py" line="64"/>
        <source>No account may %1; an administrator can add one.</source>
        <translation>没有可以%1的账户，请管理员添加。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/pin_dialog.py" line="66"/>
        <source>There are no accounts yet.</source>
        <translation>还没有任何账户。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/pin_dialog.py" line="85"/>
        <source>signed in: no PIN needed</source>
        <translation>已登录，无需 PIN 码</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/pin_dialog.py" line="109"/>
        <source>Type your PIN.</source>
        <translation>请输入 PIN 码。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/accounts/pin_dialog.py" line="115"/>
        <source>Wrong PIN, %n tries left.</source>
        <translation>
            <numerusform>PIN 码错误，还可尝试%n次。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinResetDialog</name>
    <message>
        <location filename="../../reception_desk/ui/accounts/accounts_dialog.py" line="130"/>
        <source>New PIN for %1</source>
        <translation>为%1重设 PIN 码</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/accounts_dialog.py" line="135"/>
        <source>New PIN</source>
        <translation>新 PIN 码</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/accounts_dialog.py" line="136"/>
        <source>PIN again</source>
        <translation>确认 PIN 码</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/accounts/accounts_dialog.py" line="148"/>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>两次输入的 PIN 码不一致，请输入两次相同的 PIN 码。</translation>
    </message>
</context>
<context>
    <name>PositionDialog</name>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="115"/>
        <source>Move in the queue</source>
        <translation>调整轮接顺序</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="116"/>
        <source>Move %1 to position:</source>
        <translation>把%1调到：</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="121"/>
        <source>%1 — %2 (now)</source>
        <translation>第%1位 — %2（当前）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="124"/>
        <source>%1 — now %2</source>
        <translation>第%1位 — 现为%2</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../reception_desk/ui/print_preview.py" line="63"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/print_preview.py" line="64"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/print_preview.py" line="68"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/print_preview.py" line="78"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>共%n页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/print_preview.py" line="93"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/print_preview.py" line="94"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/print_preview.py" line="105"/>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/print_preview.py" line="108"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/print_preview.py" line="133"/>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/print_preview.py" line="149"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>已向打印机发送%n页。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Purpose</name>
    <message>
        <location filename="../../reception_desk/domain/customer_records.py" line="94"/>
        <source>Not said</source>
        <translation>未说明</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/customer_records.py" line="95"/>
        <source>Own use</source>
        <translation>自住</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/customer_records.py" line="96"/>
        <source>Investment</source>
        <translation>投资</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/customer_records.py" line="97"/>
        <source>School district</source>
        <translation>学区</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../reception_desk/ui/rotation/model.py" line="123"/>
        <source>Consultant</source>
        <translation>顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/model.py" line="109"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/model.py" line="107"/>
        <source>#</source>
        <comment>column: place in the queue</comment>
        <translation>序</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/model.py" line="108"/>
        <source>Name</source>
        <comment>column: the consultant&apos;s name (narrow dock)</comment>
        <translation>顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/model.py" line="110"/>
        <source>Val</source>
        <comment>column: valid receptions today</comment>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/model.py" line="111"/>
        <source>Inv</source>
        <comment>column: invalid receptions today</comment>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/model.py" line="112"/>
        <source>Ret</source>
        <comment>column: returning customers today</comment>
        <translation>老客</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/model.py" line="113"/>
        <source>Since</source>
        <comment>column: time since the last customer</comment>
        <translation>距上组</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/model.py" line="122"/>
        <source>Place in the turn order</source>
        <translation>在轮接顺序中的位置</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/model.py" line="124"/>
        <source>Up receives the next new customer; on deck prepares</source>
        <translation>第一序列接待下一组新客户；第二序列准备</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/model.py" line="125"/>
        <source>Valid receptions today (new customers)</source>
        <translation>今日有效接待（新客户）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/model.py" line="126"/>
        <source>Invalid receptions today (turn given back)</source>
        <translation>今日无效接待（已补轮）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/model.py" line="127"/>
        <source>Returning customers received today (no turn used)</source>
        <translation>今日接待的老客户（不占轮次）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/model.py" line="128"/>
        <source>Time since the consultant&apos;s last customer today</source>
        <translation>距该顾问今天上一组客户的时间</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/model.py" line="133"/>
        <source>Up</source>
        <comment>queue mark: receives next</comment>
        <translation>第一</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/model.py" line="135"/>
        <source>Next</source>
        <comment>queue mark: on deck</comment>
        <translation>第二</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/rotation/model.py" line="205"/>
        <source>(%n parties)</source>
        <translation>
            <numerusform>（%n组）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/model.py" line="207"/>
        <source>Today: %1 valid, %2 invalid, %3 returning</source>
        <translation>今日：有效%1，无效%2，老客户%3</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/model.py" line="211"/>
        <source>No customer yet today</source>
        <translation>今天还未接待客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/model.py" line="213"/>
        <source>Last customer %1 ago</source>
        <translation>上一组客户：%1前</translation>
    </message>
</context>
<context>
    <name>RecipeEditor</name>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="117"/>
        <source>Add stock item</source>
        <translation>添加物品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="121"/>
        <source>Nothing from stock (e.g. water from the dispenser).</source>
        <translation>不耗用库存（如饮水机的水）。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="123"/>
        <source>The stock list is empty: add stock items under Bar › Stock first.</source>
        <translation>库存清单为空：请先在“水吧 › 库存”中添加物品。</translation>
    </message>
</context>
<context>
    <name>RecipeRow</name>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="73"/>
        <source>e.g. 1</source>
        <translation>例如：1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/menu_dialog.py" line="79"/>
        <source>Remove this stock item from the recipe</source>
        <translation>从配方中移除该物品</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../reception_desk/ui/recovery_dialog.py" line="56"/>
        <source>The database cannot be opened</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/recovery_dialog.py" line="69"/>
        <source>Restore this backup and start</source>
        <translation>恢复此备份并启动</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/recovery_dialog.py" line="71"/>
        <source>Choose another backup…</source>
        <translation>选择其他备份…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/recovery_dialog.py" line="73"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/recovery_dialog.py" line="90"/>
        <source>No good backup was found. Choose a backup file, or quit and ask the administrator.</source>
        <translation>没有找到完好的备份。请选择一个备份文件，或退出并联系管理员。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/recovery_dialog.py" line="94"/>
        <source>Newest good backup: %1
Restoring it puts it in place of the database; the refused file is kept beside it.</source>
        <translation>最新的完好备份：%1
恢复后它将取代当前数据库；被拒绝的文件会保存在数据库旁边。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/recovery_dialog.py" line="102"/>
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/recovery_dialog.py" line="103"/>
        <source>Backups (*.bak *.db *.sqlite);;All files (*)</source>
        <translation>备份 (*.bak *.db *.sqlite);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>RefillDialog</name>
    <message>
        <location filename="../../reception_desk/ui/bar/dialogs.py" line="55"/>
        <source>Refill round</source>
        <translation>续杯巡台</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/dialogs.py" line="63"/>
        <source>1   Refilled (same cup)</source>
        <translation>1   已续杯（原杯）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/dialogs.py" line="65"/>
        <source>2   New drink (new cup)</source>
        <translation>2   换新饮品（新杯）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/dialogs.py" line="66"/>
        <source>3   Not needed</source>
        <translation>3   不需要</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/dialogs.py" line="77"/>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
</context>
<context>
    <name>RemarkDialog</name>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/remark_dialog.py" line="34"/>
        <source>Customer remark — %1</source>
        <translation>客户意见 — %1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/remark_dialog.py" line="48"/>
        <source>e.g. would like the tea less strong</source>
        <translation>例如：茶想淡一点</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/remark_dialog.py" line="64"/>
        <source>Noted before:</source>
        <translation>之前记录：</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar_desk/remark_dialog.py" line="66"/>
        <source>What did the customer say?</source>
        <translation>客户说了什么？</translation>
    </message>
</context>
<context>
    <name>RemarkEntry</name>
    <message>
        <location filename="../../reception_desk/ui/bar/dialogs.py" line="262"/>
        <source>Customer remark</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/dialogs.py" line="267"/>
        <source>What did the customer say?</source>
        <translation>客户说了什么？</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/dialogs.py" line="272"/>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/dialogs.py" line="274"/>
        <source>Save (Enter)</source>
        <translation>保存（回车）</translation>
    </message>
</context>
<context>
    <name>ReminderNotice</name>
    <message>
        <location filename="../../reception_desk/ui/stock/reminder.py" line="47"/>
        <source>Closing count</source>
        <translation>清点物耗</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/reminder.py" line="51"/>
        <source>Count now</source>
        <extracomment>The reminder&apos;s words (the card&apos;s text label).</extracomment>
        <translation>立即清点</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/reminder.py" line="53"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../reception_desk/ui/common/report_dialog.py" line="49"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/common/report_dialog.py" line="53"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/common/report_dialog.py" line="171"/>
        <source>The folder does not exist: %1</source>
        <translation>文件夹不存在：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/common/report_dialog.py" line="237"/>
        <source>Exported %1 rows to %2</source>
        <translation>已导出%1行到 %2</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/common/report_dialog.py" line="244"/>
        <source>Nothing was exported: %1</source>
        <translation>未导出任何内容：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/common/report_dialog.py" line="252"/>
        <source>PDF saved: %1</source>
        <translation>PDF 已保存：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/common/report_dialog.py" line="258"/>
        <source>The PDF was not written: %1</source>
        <translation>PDF 未能写入：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/common/report_dialog.py" line="285"/>
        <location filename="../../reception_desk/ui/common/report_dialog.py" line="340"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/common/report_dialog.py" line="286"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/common/report_dialog.py" line="287"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/common/report_dialog.py" line="288"/>
        <source>Custom dates</source>
        <translation>自定义日期</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/common/report_dialog.py" line="300"/>
        <source>&amp;Period</source>
        <translation>时间段(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/common/report_dialog.py" line="305"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/common/report_dialog.py" line="307"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/common/report_dialog.py" line="313"/>
        <source>The start date is after the end date.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/common/report_dialog.py" line="343"/>
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message>
        <location filename="../../reception_desk/ui/requests/actions.py" line="77"/>
        <source>Reception requests</source>
        <extracomment>The open form dialogs by request id (a new one under None), to raise not reopen. The latest preview and batch job (tests and the main window look at them).</extracomment>
        <translation>接待申请</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/actions.py" line="95"/>
        <source>fill in a reception request</source>
        <translation>填写接待申请</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/actions.py" line="108"/>
        <source>change a reception request</source>
        <translation>修改接待申请</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/actions.py" line="127"/>
        <source>submit a reception request</source>
        <translation>提交接待申请</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/actions.py" line="138"/>
        <location filename="../../reception_desk/ui/requests/actions.py" line="149"/>
        <source>Request %1 is not waiting for an approval.</source>
        <translation>申请 %1 当前不在待审批状态。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/actions.py" line="141"/>
        <source>approve request %1</source>
        <translation>审批申请 %1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/actions.py" line="152"/>
        <source>reject request %1</source>
        <translation>退回申请 %1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/actions.py" line="156"/>
        <source>Reject request %1</source>
        <translation>退回申请 %1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/actions.py" line="157"/>
        <source>Why is it sent back? The host sees this and corrects the draft.</source>
        <translation>退回原因？接待负责人会看到此说明并修改草稿。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/actions.py" line="162"/>
        <source>cancel request %1</source>
        <translation>取消申请 %1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/actions.py" line="166"/>
        <source>Cancel request %1</source>
        <translation>取消申请 %1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/actions.py" line="167"/>
        <source>Why is the visit cancelled?</source>
        <translation>来访取消的原因？</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/actions.py" line="177"/>
        <source>mark the itinerary sent</source>
        <translation>标记行程表已发送</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/actions.py" line="184"/>
        <source>mark the visit done</source>
        <translation>标记为已到访</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/actions.py" line="192"/>
        <source>close request %1</source>
        <translation>关闭申请 %1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/actions.py" line="199"/>
        <source>file the feedback of request %1</source>
        <translation>填写申请 %1 的反馈表</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/actions.py" line="233"/>
        <source>Request sheet</source>
        <translation>接待申请单</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/actions.py" line="233"/>
        <source>Itinerary</source>
        <translation>行程安排表</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/actions.py" line="234"/>
        <source>Feedback form (blank)</source>
        <translation>反馈表（空白）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/actions.py" line="235"/>
        <source>Feedback form</source>
        <translation>反馈表</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/actions.py" line="242"/>
        <location filename="../../reception_desk/ui/requests/actions.py" line="290"/>
        <source>print request sheets</source>
        <translation>打印接待申请单据</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/requests/actions.py" line="296"/>
        <source>Print %n requests</source>
        <translation>
            <numerusform>打印%n份接待申请</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestFlags</name>
    <message>
        <location filename="../../reception_desk/ui/requests/labels.py" line="78"/>
        <source>Short notice</source>
        <translation>紧急接待</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/labels.py" line="80"/>
        <source>Itinerary not sent</source>
        <translation>行程表未发送</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/labels.py" line="82"/>
        <source>Feedback overdue</source>
        <translation>反馈逾期</translation>
    </message>
</context>
<context>
    <name>RequestFormDialog</name>
    <message>
        <location filename="../../reception_desk/ui/requests/form_dialog.py" line="83"/>
        <source>Save draft</source>
        <extracomment>A draft saves this long after the last edit. Only a draft changes, and only with a person who may fill in requests.</extracomment>
        <translation>保存草稿</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_dialog.py" line="86"/>
        <source>Submit for approval</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_dialog.py" line="90"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_dialog.py" line="134"/>
        <source>New reception request</source>
        <translation>新建接待申请</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_dialog.py" line="135"/>
        <source>New request · not saved yet</source>
        <translation>新申请 · 尚未保存</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_dialog.py" line="137"/>
        <source>Reception request %1</source>
        <translation>接待申请 %1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_dialog.py" line="140"/>
        <source>read-only: only a draft can be changed</source>
        <translation>只读：只有草稿可以修改</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_dialog.py" line="147"/>
        <source>Unsaved changes…</source>
        <translation>有未保存的修改…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_dialog.py" line="180"/>
        <source>Not saved: see the marked fields</source>
        <translation>未保存：请查看标出的栏目</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_dialog.py" line="173"/>
        <location filename="../../reception_desk/ui/requests/form_dialog.py" line="183"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_dialog.py" line="192"/>
        <source>Draft saved %1</source>
        <translation>草稿已于 %1 保存</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_dialog.py" line="225"/>
        <source>Day is full</source>
        <translation>当天接待已满</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_dialog.py" line="226"/>
        <source>Submit anyway?</source>
        <translation>仍要提交吗？</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_dialog.py" line="231"/>
        <source>Submit anyway</source>
        <translation>仍然提交</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_dialog.py" line="243"/>
        <source>Not submitted: see the marked fields</source>
        <translation>未提交：请查看标出的栏目</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/form_dialog.py" line="269"/>
        <source>This request has changes that are not saved yet.</source>
        <translation>此申请有尚未保存的修改。</translation>
    </message>
</context>
<context>
    <name>RequestLevel</name>
    <message>
        <location filename="../../reception_desk/ui/requests/labels.py" line="42"/>
        <source>Level %1</source>
        <extracomment>Text and background colours per status (draft grey, waiting amber, approved green…).</extracomment>
        <translation>%1 级</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <location filename="../../reception_desk/ui/requests/model.py" line="56"/>
        <source>No.</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/model.py" line="56"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/model.py" line="57"/>
        <source>Organisation</source>
        <translation>来访单位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/model.py" line="57"/>
        <source>Arrival</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/model.py" line="58"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/model.py" line="58"/>
        <source>Host</source>
        <translation>接待负责人</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/model.py" line="59"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/model.py" line="59"/>
        <source>Attention</source>
        <translation>提醒</translation>
    </message>
</context>
<context>
    <name>RequestsPanel</name>
    <message>
        <location filename="../../reception_desk/ui/requests/panel.py" line="143"/>
        <source>&amp;New request…</source>
        <extracomment>Who &quot;mine&quot; / &quot;waiting for my approval&quot; mean when nobody is signed in.</extracomment>
        <translation>新建申请(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/panel.py" line="144"/>
        <source>Fill in a new reception request</source>
        <translation>填写新的接待申请</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/panel.py" line="145"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/panel.py" line="146"/>
        <source>Open the selected request</source>
        <translation>打开选中的申请</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/panel.py" line="147"/>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/panel.py" line="148"/>
        <source>Send the selected draft for approval</source>
        <translation>将选中的草稿提交审批</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/panel.py" line="149"/>
        <source>&amp;Approve</source>
        <translation>审批通过(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/panel.py" line="150"/>
        <source>Approve the selected request (approvers)</source>
        <translation>审批通过选中的申请（审批人）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/panel.py" line="152"/>
        <source>&amp;Reject…</source>
        <translation>退回(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/panel.py" line="154"/>
        <source>Send the request back to its host, with a reason</source>
        <translation>退回给接待负责人，并说明原因</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/panel.py" line="155"/>
        <source>&amp;Cancel…</source>
        <translation>取消来访(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/panel.py" line="156"/>
        <source>Cancel the visit, with a reason</source>
        <translation>取消来访，并说明原因</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/panel.py" line="158"/>
        <source>&amp;Itinerary sent</source>
        <translation>行程表已发送(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/panel.py" line="160"/>
        <source>The itinerary went to the visiting leader</source>
        <translation>行程表已发给来访方领队</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/panel.py" line="161"/>
        <source>&amp;Visited</source>
        <translation>已到访(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/panel.py" line="162"/>
        <source>The visitors came</source>
        <translation>客人已到访</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/panel.py" line="163"/>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/panel.py" line="165"/>
        <source>Receipts reimbursed and unused items returned: close the request</source>
        <translation>票据已报销、未用物品已退还：关闭申请</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/panel.py" line="166"/>
        <source>&amp;Feedback…</source>
        <translation>反馈(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/panel.py" line="167"/>
        <source>File the feedback form after the visit</source>
        <translation>来访后填写反馈表</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/panel.py" line="169"/>
        <source>Request sheet…</source>
        <translation>接待申请单…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/panel.py" line="170"/>
        <source>Itinerary…</source>
        <translation>行程安排表…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/panel.py" line="171"/>
        <source>Feedback form, blank…</source>
        <translation>反馈表（空白）…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/panel.py" line="172"/>
        <source>Feedback form, filled…</source>
        <translation>反馈表（已填写）…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/panel.py" line="176"/>
        <source>Preview, print or save as PDF</source>
        <translation>预览、打印或另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/panel.py" line="177"/>
        <source>&amp;Batch print selected…</source>
        <translation>批量打印选中的申请(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/panel.py" line="179"/>
        <source>Print the sheets of all selected requests in one job</source>
        <translation>一次打印所有选中申请的单据</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/panel.py" line="194"/>
        <source>All open</source>
        <translation>全部未结</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/panel.py" line="194"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/panel.py" line="195"/>
        <source>Waiting for my approval</source>
        <translation>待我审批</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/panel.py" line="196"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/panel.py" line="197"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/panel.py" line="209"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/panel.py" line="212"/>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/panel.py" line="225"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/panel.py" line="283"/>
        <source>see your requests</source>
        <translation>查看您的申请</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/requests/panel.py" line="313"/>
        <source>%n requests</source>
        <translation>
            <numerusform>%n份申请</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/requests/panel.py" line="327"/>
        <source>Send the itinerary today (arrival tomorrow): %1</source>
        <translation>请今天发送行程表（明天到达）：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/requests/panel.py" line="329"/>
        <source>and %n more</source>
        <translation>
            <numerusform>另有%n份</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../reception_desk/ui/privacy/retention_dialog.py" line="41"/>
        <source>Retention preview</source>
        <translation>个人信息匿名化预览</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/privacy/retention_dialog.py" line="49"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/privacy/retention_dialog.py" line="49"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/privacy/retention_dialog.py" line="49"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/privacy/retention_dialog.py" line="49"/>
        <source>Last activity</source>
        <translation>最后往来</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/privacy/retention_dialog.py" line="50"/>
        <source>Calls</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/privacy/retention_dialog.py" line="50"/>
        <source>Visits</source>
        <translation>到访</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/privacy/retention_dialog.py" line="50"/>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/privacy/retention_dialog.py" line="58"/>
        <source>The anonymised records stay (counts and statistics are kept); names, phones, plates, addresses and notes are removed. Change the period in File › Settings.</source>
        <translation>匿名化后记录仍保留（数量与统计不变），只删除姓名、电话、车牌、地址和备注。保留期限在“文件 › 设置”中修改。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/privacy/retention_dialog.py" line="63"/>
        <source>Anonymise now…</source>
        <translation>立即匿名化…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/privacy/retention_dialog.py" line="91"/>
        <source>Customers with no visit, call or appointment since %1 (%2 days) are anonymised by the next daily run. Last run: %3.</source>
        <translation>自 %1 起（%2 天）没有到访、来电或预约的客户，将在下一次每日运行时匿名化。上次运行：%3。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/privacy/retention_dialog.py" line="95"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/privacy/retention_dialog.py" line="110"/>
        <source>%n customer(s) due.</source>
        <translation>
            <numerusform>%n 位客户到期。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/privacy/retention_dialog.py" line="111"/>
        <source>Without a customer record: %1 calls, %2 visits, %3 appointments.</source>
        <translation>无客户档案的记录：来电 %1 条，到访 %2 条，预约 %3 条。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/privacy/retention_dialog.py" line="118"/>
        <source>Remove the personal data of everything listed now? This cannot be undone; counts and statistics stay.</source>
        <translation>现在删除以上所列记录的个人信息吗？此操作无法撤销；数量与统计保留。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reception_desk/ui/privacy/retention_dialog.py" line="138"/>
        <source>Anonymised %n customer(s).</source>
        <translation>
            <numerusform>已匿名化 %n 位客户。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="215"/>
        <source>Roster of consultants</source>
        <translation>顾问名册</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="217"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="217"/>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="217"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="218"/>
        <source>Roster</source>
        <translation>在册</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="222"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="223"/>
        <source>Add a consultant (Ctrl+N)</source>
        <translation>添加顾问 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="224"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="225"/>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="274"/>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="226"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="232"/>
        <source>Deactivated consultants keep their history but can no longer sign in or receive customers.</source>
        <translation>停用的顾问保留历史记录，但不能再签到或接待客户。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="259"/>
        <source>active</source>
        <translation>在册</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="259"/>
        <source>inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="273"/>
        <source>&amp;Reactivate</source>
        <translation>重新启用(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="285"/>
        <source>%1 is on duty today: sign them off (Alt+4) before taking them off the roster.</source>
        <translation>%1今天在岗：请先将其设为下班 (Alt+4)，再停用。</translation>
    </message>
</context>
<context>
    <name>RotationChoice</name>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="58"/>
        <source>Override — needs a manager</source>
        <translation>经理指定 — 需经理确认</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="60"/>
        <source>In turn (up)</source>
        <translation>轮到（第一序列）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="62"/>
        <source>Fill-in: the consultants ahead are busy</source>
        <translation>补位：前面的顾问都在忙</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="64"/>
        <source>Returning customer: owner %1</source>
        <translation>老客户：归属顾问%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="66"/>
        <source>Stand-in: owner %1 is not on duty</source>
        <translation>代接：归属顾问%1不在岗</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="69"/>
        <source>Override — the owner %1 is here; needs a manager</source>
        <translation>经理指定 — 归属顾问%1在岗，需经理确认</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="71"/>
        <source>Override — not their turn; needs a manager</source>
        <translation>经理指定 — 未轮到，需经理确认</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="73"/>
        <source> (up: %1)</source>
        <translation>（第一序列：%1）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="80"/>
        <source>%1 is a returning customer of %2. Giving the party to %3 instead is an override of the rotation: a manager must confirm, with a reason.</source>
        <translation>%1是%2的老客户。改由%3接待属于不按轮接分配：须经理确认并填写原因。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="85"/>
        <source>It is not %3&apos;s turn (up: %2). Giving %1 to %3 is an override of the rotation: a manager must confirm, with a reason.</source>
        <translation>还没轮到%3（第一序列：%2）。把%1分给%3属于不按轮接分配：须经理确认并填写原因。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="95"/>
        <source>receiving this party</source>
        <translation>正在接待该客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/arrival_board/dialogs.py" line="118"/>
        <source>%1 · not on duty</source>
        <translation>%1 · 未在岗</translation>
    </message>
</context>
<context>
    <name>RotationLog</name>
    <message>
        <location filename="../../reception_desk/printing/rotation_log.py" line="44"/>
        <source>Signed in</source>
        <extracomment>Event kinds as the sheet and the export say them (shorter than the board&apos;s words).</extracomment>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../reception_desk/printing/rotation_log.py" line="45"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../reception_desk/printing/rotation_log.py" line="46"/>
        <source>Assigned</source>
        <translation>分配</translation>
    </message>
    <message>
        <location filename="../../reception_desk/printing/rotation_log.py" line="47"/>
        <source>Missed turn</source>
        <translation>过号</translation>
    </message>
    <message>
        <location filename="../../reception_desk/printing/rotation_log.py" line="48"/>
        <source>Moved by manager</source>
        <translation>经理调整</translation>
    </message>
    <message>
        <location filename="../../reception_desk/printing/rotation_log.py" line="49"/>
        <source>Turn restored</source>
        <translation>补轮</translation>
    </message>
    <message>
        <location filename="../../reception_desk/printing/rotation_log.py" line="50"/>
        <source>Party left</source>
        <translation>离开</translation>
    </message>
    <message>
        <location filename="../../reception_desk/printing/rotation_log.py" line="51"/>
        <source>Departure undone</source>
        <translation>撤销离开</translation>
    </message>
    <message>
        <location filename="../../reception_desk/printing/rotation_log.py" line="52"/>
        <source>Invalid, no restore</source>
        <translation>无效不补轮</translation>
    </message>
    <message>
        <location filename="../../reception_desk/printing/rotation_log.py" line="57"/>
        <source>Invalid reception</source>
        <extracomment>Reasons the program itself writes into the log (in English in the database).</extracomment>
        <translation>无效接待</translation>
    </message>
    <message>
        <location filename="../../reception_desk/printing/rotation_log.py" line="58"/>
        <source>Invalid reception, marked after the turn-back window: no restore</source>
        <translation>无效接待，已过补轮时限，不补轮</translation>
    </message>
</context>
<context>
    <name>RotationPanel</name>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="157"/>
        <source>Up</source>
        <translation>第一序列</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="158"/>
        <source>First in line: receives the next new customer</source>
        <translation>排在第一：接待下一组新客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="159"/>
        <source>On deck</source>
        <translation>第二序列</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="160"/>
        <source>Second in line: prepares to receive after the up consultant</source>
        <translation>排在第二：准备在第一序列之后接待</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="255"/>
        <source>&amp;Sign in…</source>
        <translation>签到(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="256"/>
        <source>Sign a consultant in for today&apos;s duty</source>
        <translation>为顾问签到，开始今天的值班</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="259"/>
        <source>Selected consultant is free to receive</source>
        <translation>选中的顾问空闲，可以接待</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="260"/>
        <source>Selected consultant is on a break or at lunch</source>
        <translation>选中的顾问在休息或用餐</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="261"/>
        <source>Selected consultant is out of the office</source>
        <translation>选中的顾问外出</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="262"/>
        <source>Selected consultant signs off for today</source>
        <translation>选中的顾问今天下班</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="269"/>
        <source>&amp;Missed turn</source>
        <translation>过号(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="270"/>
        <source>Called but absent: the consultant loses the turn and goes to the back</source>
        <translation>叫到时不在：顾问失去本轮，排到最后</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="272"/>
        <source>M&amp;ove…</source>
        <translation>调序(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="273"/>
        <source>Manager override: put the consultant at another place in the queue</source>
        <translation>经理指定：把顾问调到轮接顺序中的其他位置</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="275"/>
        <source>&amp;Roster…</source>
        <translation>名册(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="276"/>
        <source>Add, correct or deactivate consultants</source>
        <translation>添加、修改或停用顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="376"/>
        <source>No. %1</source>
        <translation>第%1位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="377"/>
        <source>today %1</source>
        <translation>今日%1组</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="379"/>
        <source>no customer yet</source>
        <translation>尚未接待</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="381"/>
        <source>last %1 ago</source>
        <translation>上一组%1前</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="393"/>
        <source>Nobody is signed in. Press Ctrl+I to sign consultants in.</source>
        <translation>还没有顾问签到。按 Ctrl+I 为顾问签到。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="395"/>
        <source>All %1 consultants on duty are busy or away. Set one available (Alt+1) or sign someone in (Ctrl+I).</source>
        <translation>在岗的%1位顾问都在忙或不在。请将一位设为空闲 (Alt+1)，或为其他顾问签到 (Ctrl+I)。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="398"/>
        <source>Nobody available</source>
        <translation>无人可接待</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="399"/>
        <source>⚠ No consultant can receive a new customer</source>
        <translation>⚠ 没有顾问可以接待新客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="404"/>
        <source>Nobody on deck</source>
        <translation>第二序列空缺</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="405"/>
        <source>Only one consultant is free: have the next one ready.</source>
        <translation>只有一位顾问空闲：请安排下一位做好准备。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="409"/>
        <source>On duty: %1</source>
        <translation>在岗：%1人</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="451"/>
        <source>Consultant rotation</source>
        <translation>轮接</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="474"/>
        <source>Everyone on the roster is signed in today.</source>
        <translation>名册上的顾问今天都已签到。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="475"/>
        <source>The roster is empty: add consultants with Roster… first.</source>
        <translation>名册为空：请先用“名册…”添加顾问。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/panel.py" line="517"/>
        <source>Move %1 from position %2 to position %3 of the queue. This overrides the rotation: a manager confirms, and the reason is kept in the rotation log.</source>
        <translation>把%1从轮接顺序的第%2位调到第%3位。这属于经理指定：须经理确认，原因会记入轮接记录。</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <location filename="../../reception_desk/ui/requests/row_table.py" line="45"/>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../reception_desk/ui/settings/settings_dialog.py" line="46"/>
        <source>Settings</source>
        <extracomment>Who confirmed opening the settings (SETTINGS_EDIT); the save is theirs.</extracomment>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/settings_dialog.py" line="60"/>
        <location filename="../../reception_desk/ui/settings/settings_dialog.py" line="71"/>
        <location filename="../../reception_desk/ui/settings/settings_dialog.py" line="77"/>
        <location filename="../../reception_desk/ui/settings/settings_dialog.py" line="79"/>
        <location filename="../../reception_desk/ui/settings/settings_dialog.py" line="81"/>
        <source> min</source>
        <extracomment>The version the form&apos;s values are based on (optimistic locking).</extracomment>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/settings_dialog.py" line="64"/>
        <location filename="../../reception_desk/ui/settings/settings_dialog.py" line="80"/>
        <source> s</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/settings_dialog.py" line="66"/>
        <source>A consultant skipped by a fill-in keeps their place</source>
        <translation>补位时被跳过的顾问保留原位置</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/settings_dialog.py" line="75"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/settings_dialog.py" line="75"/>
        <source> day</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/settings_dialog.py" line="93"/>
        <source>Site (shared by every PC)</source>
        <translation>案场（所有电脑共用）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/settings_dialog.py" line="95"/>
        <source>Site name</source>
        <translation>案场名称</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/settings_dialog.py" line="96"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/settings_dialog.py" line="97"/>
        <source>Places (one per line)</source>
        <translation>入座位置（每行一个）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/settings_dialog.py" line="99"/>
        <source>Channels (one per line)</source>
        <translation>认知渠道（每行一个）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/settings_dialog.py" line="101"/>
        <source>Flag a party not received after</source>
        <translation>未接待超时提醒</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/settings_dialog.py" line="103"/>
        <source>Show the arrival notice for</source>
        <translation>到访通知显示时长</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/settings_dialog.py" line="107"/>
        <source>Consultant rotation</source>
        <translation>轮接</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/settings_dialog.py" line="111"/>
        <source>An invalid reception gives the turn back within</source>
        <translation>无效接待补轮时限</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/settings_dialog.py" line="114"/>
        <source>A visit makes the consultant the owner for</source>
        <translation>到访后客户归属顾问的期限</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/settings_dialog.py" line="118"/>
        <source>Water bar</source>
        <translation>水吧</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/settings_dialog.py" line="121"/>
        <source>Serve a drink within</source>
        <translation>饮品出品时限</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/settings_dialog.py" line="122"/>
        <source>Timer turns amber after</source>
        <translation>“快到时”提醒（变黄）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/settings_dialog.py" line="123"/>
        <source>A bump can be recalled for</source>
        <translation>出品后可撤回时限</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/settings_dialog.py" line="124"/>
        <source>Refill round every</source>
        <translation>续杯巡台间隔</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/settings_dialog.py" line="125"/>
        <source>Fill tea to</source>
        <translation>茶倒至</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/settings_dialog.py" line="126"/>
        <source>Fill other drinks to</source>
        <translation>其他饮品倒至</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/settings_dialog.py" line="127"/>
        <source>Closing stock count at (HH:MM)</source>
        <translation>清点物耗时间 (HH:MM)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/settings_dialog.py" line="132"/>
        <source>This PC</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/settings_dialog.py" line="139"/>
        <source>Play a sound on arrivals</source>
        <translation>客户到访时播放提示音</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/settings_dialog.py" line="141"/>
        <source>Language (after restart)</source>
        <translation>语言（重启后生效）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/settings_dialog.py" line="174"/>
        <source>Desk, rotation and bar</source>
        <translation>前台、轮接与水吧</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/settings_dialog.py" line="175"/>
        <source>Requests, accounts and hotline</source>
        <translation>接待申请、账户与来电登记</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/settings/settings_dialog.py" line="245"/>
        <source>The new language shows after a restart.</source>
        <translation>新语言将在重启后生效。</translation>
    </message>
</context>
<context>
    <name>SettleDialog</name>
    <message>
        <location filename="../../reception_desk/ui/hotline/conflicts_dialog.py" line="42"/>
        <source>Settle the conflict (判客)</source>
        <translation>判客</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/conflicts_dialog.py" line="44"/>
        <source>Registered by %1 on %2; first: %3</source>
        <translation>报备渠道：%1，日期：%2；首次报备：%3</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/conflicts_dialog.py" line="48"/>
        <source>The first registration stands</source>
        <translation>维持首次报备</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/conflicts_dialog.py" line="50"/>
        <source>Credit %1 with the customer</source>
        <translation>客户归%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/conflicts_dialog.py" line="60"/>
        <source>reason (optional)</source>
        <translation>原因（选填）</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../reception_desk/ui/bar/side_panel.py" line="100"/>
        <source>Refills due</source>
        <extracomment>(refill check id, RefillOutcome value) from a refill card&apos;s button. table task id from its &quot;cleared&quot; button.</extracomment>
        <translation>待续杯</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/side_panel.py" line="100"/>
        <source>No refill round due.</source>
        <translation>暂无待续杯。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/side_panel.py" line="102"/>
        <source>Next refill rounds</source>
        <translation>即将续杯</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/side_panel.py" line="102"/>
        <source>None planned.</source>
        <translation>暂无安排。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/side_panel.py" line="104"/>
        <source>Tables to clear</source>
        <translation>待清台</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/side_panel.py" line="104"/>
        <source>All tables clear.</source>
        <translation>全部已清台。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/side_panel.py" line="106"/>
        <source>Low stock</source>
        <translation>库存不足</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/side_panel.py" line="106"/>
        <source>Stock is fine.</source>
        <translation>库存充足。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/side_panel.py" line="140"/>
        <source>%1 · due since %2</source>
        <extracomment>refill check id -&gt; its buttons by outcome, for the keys and for tests.</extracomment>
        <translation>%1 · %2 到时</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/side_panel.py" line="141"/>
        <source>drinks</source>
        <translation>饮品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/side_panel.py" line="147"/>
        <source>Refilled</source>
        <translation>已续杯</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/side_panel.py" line="148"/>
        <source>New drink</source>
        <translation>换新饮品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/side_panel.py" line="149"/>
        <source>Not needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/side_panel.py" line="170"/>
        <source>and %1 more</source>
        <translation>还有%1项</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/side_panel.py" line="187"/>
        <source>left at %1</source>
        <translation>%1 离开</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/bar/side_panel.py" line="191"/>
        <source>Cleared</source>
        <translation>已清台</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="97"/>
        <source>Sign in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/dialogs.py" line="98"/>
        <source>Who starts their duty? The order of signing in sets the queue.</source>
        <translation>哪位顾问开始值班？签到顺序决定轮接顺序。</translation>
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
    <name>StatsDialog</name>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="106"/>
        <source>Rotation statistics</source>
        <translation>轮接统计</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="115"/>
        <source>No receptions in this period.</source>
        <translation>该时间段内没有接待记录。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="119"/>
        <source>Valid: new and stand-in receptions that used or helped a turn · Invalid: turned back (competitor, asking the way…) · Skipped: passed over by a fill-in while busy · Average: from assignment to departure.</source>
        <translation>有效：占用轮次的新客户接待及代接 · 无效：退回轮次的接待（同行调研、问路等） · 被跳过：忙碌时被补位越过 · 平均：从分配到客户离开。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="125"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="161"/>
        <source>Export the statistics</source>
        <translation>导出统计</translation>
    </message>
</context>
<context>
    <name>StatsTableModel</name>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="40"/>
        <source>Consultant</source>
        <translation>顾问</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="40"/>
        <source>Valid</source>
        <translation>有效接待</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="40"/>
        <source>Invalid</source>
        <translation>无效接待</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="41"/>
        <source>Returning</source>
        <translation>老客户</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="41"/>
        <source>Avg. reception (min)</source>
        <translation>平均接待（分钟）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="42"/>
        <source>Skipped (fill-ins)</source>
        <translation>被跳过（补位）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="42"/>
        <source>Missed turns</source>
        <translation>过号</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="42"/>
        <source>Overrides</source>
        <translation>经理指定</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="80"/>
        <source>The average is per consultant: see each row.</source>
        <translation>平均值按顾问分别计算：请看各行。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/rotation/stats_dialog.py" line="94"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="256"/>
        <source>Bar stock</source>
        <translation>水吧库存</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="258"/>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="258"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="258"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="259"/>
        <source>Low at</source>
        <translation>预警值</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="259"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="264"/>
        <source>Show items no longer in use</source>
        <translation>显示已停用的物品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="273"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="274"/>
        <source>Add a stock item (Ctrl+N)</source>
        <translation>添加物品 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="275"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="276"/>
        <source>&amp;Goods in…</source>
        <translation>入库(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="278"/>
        <source>Record a delivery (Ctrl+G)</source>
        <translation>登记到货入库 (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="280"/>
        <source>&amp;Print requisition…</source>
        <translation>打印物资领用申请(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="281"/>
        <source>物资领用申请表 of the items at or below their threshold, as a PDF</source>
        <translation>为库存不高于预警值的物品生成物资领用申请表（PDF）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="282"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="332"/>
        <source>not in use</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="334"/>
        <source>⚠ Low — order more</source>
        <translation>⚠ 库存不足 — 请补货</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="336"/>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="356"/>
        <source>%1 items · %2 low</source>
        <translation>%1种物品 · %2种库存不足</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="382"/>
        <source>Save the requisition as PDF</source>
        <translation>将物资领用申请表保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="419"/>
        <source>PDF saved: %1</source>
        <translation>PDF 已保存：%1</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="425"/>
        <source>The PDF was not written: %1</source>
        <translation>PDF 未能写入：%1</translation>
    </message>
</context>
<context>
    <name>StockForms</name>
    <message>
        <location filename="../../reception_desk/ui/stock/common.py" line="48"/>
        <source>Enter a number, e.g. 2 or 0.5.</source>
        <translation>请输入数字，例如 2 或 0.5。</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/common/file_jobs.py" line="60"/>
        <source>The folder does not exist: %1</source>
        <translation>文件夹不存在：%1</translation>
    </message>
</context>
<context>
    <name>StockItemDialog</name>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="65"/>
        <source>Add stock item</source>
        <extracomment>True on every cell of a row whose item is at or below its threshold.</extracomment>
        <translation>添加库存物品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="66"/>
        <source>Edit stock item</source>
        <translation>编辑库存物品</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="71"/>
        <source>e.g. 铁观音茶叶</source>
        <translation>例如：铁观音茶叶</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="75"/>
        <source>e.g. 包, 克, 个</source>
        <translation>例如：包、克、个</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="78"/>
        <source>e.g. 5</source>
        <translation>例如：5</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="81"/>
        <source>what is on the shelf now</source>
        <translation>货架上现有的数量</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="82"/>
        <source>In use (listed and counted)</source>
        <translation>在用（列入清单并参与盘点）</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="91"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="91"/>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="92"/>
        <source>&amp;Low-stock threshold</source>
        <translation>库存预警值(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="93"/>
        <source>&amp;Quantity now</source>
        <translation>现有数量(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="101"/>
        <source>%1 %2 — changes with goods in, serving and the closing count</source>
        <translation>%1 %2 — 随入库、出品和盘点变动</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/stock/stock_dialog.py" line="106"/>
        <source>Quantity now</source>
        <translation>现有数量</translation>
    </message>
</context>
<context>
    <name>VipCardDialog</name>
    <message>
        <location filename="../../reception_desk/ui/hotline/vip_card_dialog.py" line="44"/>
        <source>VIP data card</source>
        <translation>VIP资料卡</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/vip_card_dialog.py" line="57"/>
        <source>Saved %1 by %2</source>
        <translation>%2 于 %1 保存</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/vip_card_dialog.py" line="62"/>
        <source>New card: pre-filled from the customer&apos;s calls</source>
        <translation>新资料卡：已根据客户来电预先填写</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/vip_card_dialog.py" line="70"/>
        <source>m², e.g. 90-120</source>
        <translation>m²，例如：90-120</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/vip_card_dialog.py" line="71"/>
        <source>e.g. 200万</source>
        <translation>例如：200万</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/vip_card_dialog.py" line="72"/>
        <source>e.g. 3室2厅</source>
        <translation>例如：3室2厅</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/vip_card_dialog.py" line="73"/>
        <source>e.g. middle</source>
        <translation>例如：中层</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/vip_card_dialog.py" line="82"/>
        <source>not said</source>
        <translation>未说明</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/vip_card_dialog.py" line="84"/>
        <source> people</source>
        <translation>人</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/vip_card_dialog.py" line="84"/>
        <source> person</source>
        <translation>人</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/vip_card_dialog.py" line="87"/>
        <source>where they live now</source>
        <translation>目前居住的区域</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/vip_card_dialog.py" line="106"/>
        <source>C&amp;onsent</source>
        <translation>联系许可(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/vip_card_dialog.py" line="101"/>
        <source>&amp;Area</source>
        <translation>面积(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/vip_card_dialog.py" line="101"/>
        <source>&amp;Budget</source>
        <translation>预算(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/vip_card_dialog.py" line="102"/>
        <source>&amp;Layout</source>
        <translation>户型(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/vip_card_dialog.py" line="102"/>
        <source>&amp;Floor</source>
        <translation>楼层(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/vip_card_dialog.py" line="103"/>
        <source>&amp;Purpose</source>
        <translation>购房目的(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/vip_card_dialog.py" line="104"/>
        <source>&amp;Household</source>
        <translation>家庭人数(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/vip_card_dialog.py" line="105"/>
        <source>Current &amp;district</source>
        <translation>现居区域(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reception_desk/ui/hotline/vip_card_dialog.py" line="106"/>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>VisitKind</name>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="35"/>
        <source>Walk-in</source>
        <extracomment>The Chinese forms are what the posts say on the radio and what prints.</extracomment>
        <translation>自然到访</translation>
    </message>
    <message>
        <location filename="../../reception_desk/domain/party.py" line="36"/>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
</context>
</TS>
