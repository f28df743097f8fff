<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>BarChart</name>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="36"/>
        <source>未销号</source>
        <translation>Not closed</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="36"/>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="36"/>
        <source>已销号</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="50"/>
        <source>没有乡镇数据</source>
        <translation>No township data</translation>
    </message>
</context>
<context>
    <name>ChecklistText</name>
    <message>
        <location filename="../inspector_app/ui/checklist_text.py" line="16"/>
        <source>（检查表 {0} 版无英文）</source>
        <translation>(no English in checklist version {0})</translation>
    </message>
</context>
<context>
    <name>ChooseHazardsDialog</name>
    <message>
        <location filename="../inspector_app/ui/dialogs/choose_hazards.py" line="21"/>
        <source>整改复查意见书：选择复查的隐患</source>
        <translation>Re-inspection opinion: choose the hazards re-inspected</translation>
    </message>
    <message>
        <source>勾选本次复查的隐患（已报告整改完成的已勾选）：</source>
        <translation type="vanished">Tick the hazards re-inspected now (those reported done are ticked):</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/choose_hazards.py" line="23"/>
        <source>勾选本次复查的隐患（已记录复查结果或已报告整改完成的已勾选）：</source>
        <translation>Tick the hazards re-inspected this time (those with a recorded result or reported rectified are ticked):</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/choose_hazards.py" line="30"/>
        <source>已记录复查结果，待出具意见书</source>
        <translation>result recorded, no opinion yet</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/choose_hazards.py" line="44"/>
        <source>起草</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/choose_hazards.py" line="56"/>
        <source>请至少勾选一条隐患。</source>
        <translation>Tick at least one hazard.</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="382"/>
        <source>登记举报</source>
        <translation>Record a complaint</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="387"/>
        <source>举报电话（12350等）</source>
        <translation>Hotline (12350 etc.)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="387"/>
        <source>来信</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="387"/>
        <source>网络平台</source>
        <translation>Online platform</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="388"/>
        <source>来访</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="388"/>
        <source>上级转办</source>
        <translation>Referred by a higher office</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="388"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="397"/>
        <source>被举报企业的统一社会信用代码（可不填）</source>
        <translation>Credit code of the enterprise (optional)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="403"/>
        <source>举报内容</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="404"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="405"/>
        <source>乡镇（街道）</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="406"/>
        <source>被举报企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="407"/>
        <source>举报人</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="399"/>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="408"/>
        <source>受理日期</source>
        <translation>Received</translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <location filename="../inspector_app/ui/dialogs/signing_key.py" line="19"/>
        <source>创建签章密钥</source>
        <translation>Create signing key</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/signing_key.py" line="21"/>
        <source>签发文书需要您的签章密钥，本机还没有。请设置签章密码（至少 8 位）：每次启动后第一次签发时输入，忘记后只能重新创建密钥。</source>
        <translation>Issuing needs your signing key and this laptop has none yet. Choose a signing password (at least 8 characters): you enter it at the first issue after each start; if it is forgotten, only a new key helps.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/signing_key.py" line="30"/>
        <source>签章密码</source>
        <translation>Signing password</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/signing_key.py" line="31"/>
        <source>再输入一次</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/signing_key.py" line="38"/>
        <source>创建并签发</source>
        <translation>Create and issue</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/signing_key.py" line="46"/>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../inspector_app/ui/widgets/dates.py" line="45"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/dates.py" line="105"/>
        <location filename="../inspector_app/ui/widgets/dates.py" line="111"/>
        <source>%1不能早于 %2</source>
        <translation>%1 cannot be before %2</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/dates.py" line="107"/>
        <location filename="../inspector_app/ui/widgets/dates.py" line="114"/>
        <source>%1不能晚于 %2</source>
        <translation>%1 cannot be after %2</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/dates.py" line="109"/>
        <source>%1不能早于今天（%2）</source>
        <translation>%1 cannot be before today (%2)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/dates.py" line="110"/>
        <source>%1须在今天以后</source>
        <translation>%1 must be after today</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/dates.py" line="113"/>
        <source>%1不能晚于今天（%2）</source>
        <translation>%1 cannot be after today (%2)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/dates.py" line="153"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
</context>
<context>
    <name>DeadlinesDialog</name>
    <message>
        <location filename="../inspector_app/ui/dialogs/deadlines.py" line="23"/>
        <location filename="../inspector_app/ui/dialogs/deadlines.py" line="27"/>
        <location filename="../inspector_app/ui/dialogs/deadlines.py" line="72"/>
        <source>整改期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/deadlines.py" line="25"/>
        <source>每条隐患的整改期限（点日期打开日历；不能早于今天）：</source>
        <translation>The deadline of each hazard (click a date for the calendar; not before today):</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/deadlines.py" line="27"/>
        <source>隐患</source>
        <translation>Hazard</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/deadlines.py" line="27"/>
        <source>等级</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/deadlines.py" line="39"/>
        <source>重大</source>
        <translation>Major</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/deadlines.py" line="39"/>
        <source>一般</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/deadlines.py" line="52"/>
        <source>全部设为此日期</source>
        <translation>Set all to this date</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/deadlines.py" line="54"/>
        <source>统一期限：</source>
        <translation>One date for all:</translation>
    </message>
</context>
<context>
    <name>DistrictMonthPanel</name>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="81"/>
        <source>双随机抽取…</source>
        <translation>Random draw…</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="82"/>
        <source>生成本年度计划</source>
        <translation>Make this year&apos;s plan</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="83"/>
        <source>按企业分级生成各乡镇本年度执法检查计划（A 4次、B 2次、C 1次、D 1次）</source>
        <translation>Make each township&apos;s inspection plan for this year from the classes (A 4, B 2, C 1, D 1 visits)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="84"/>
        <source>月度通报…</source>
        <translation>Monthly report…</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="93"/>
        <source>乡镇（街道）</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="93"/>
        <source>本年检查 / 计划</source>
        <translation>Done this year / planned</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="93"/>
        <source>覆盖企业</source>
        <translation>Enterprises covered</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="94"/>
        <source>逾期未做的计划检查</source>
        <translation>Planned inspections overdue</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="94"/>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="109"/>
        <source>逾期隐患</source>
        <translation>Overdue hazards</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="94"/>
        <source>举报未答复（逾期）</source>
        <translation>Complaints open (overdue)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="104"/>
        <source>选择一个乡镇查看明细</source>
        <translation>Select a township to see its lists</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="107"/>
        <source>计划检查</source>
        <translation>Planned inspections</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="107"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="107"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="107"/>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="109"/>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="111"/>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="108"/>
        <source>检查人员</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="108"/>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="110"/>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="108"/>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="112"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="109"/>
        <source>隐患编号</source>
        <translation>Hazard no.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="109"/>
        <source>隐患</source>
        <translation>Hazard</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="110"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="111"/>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="206"/>
        <source>举报</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="111"/>
        <source>受理日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="111"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="112"/>
        <source>答复期限</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="117"/>
        <source>登记举报…</source>
        <translation>Record complaint…</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="118"/>
        <source>派出核查</source>
        <translation>Dispatch check</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="119"/>
        <source>向所属乡镇的终端派出举报核查检查（四不两直）</source>
        <translation>Send a verification inspection (unannounced) to the township&apos;s laptops</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="120"/>
        <source>记录核查情况…</source>
        <translation>Record finding…</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="121"/>
        <source>记录答复…</source>
        <translation>Record reply…</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="158"/>
        <source>%1 / 无计划</source>
        <translation>%1 / no plan</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="193"/>
        <source>双随机</source>
        <translation>Random draw</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="193"/>
        <source>计划</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="193"/>
        <source>专项</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="194"/>
        <source>举报核查</source>
        <translation>Complaint check</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="194"/>
        <source>复查</source>
        <translation>Re-inspection</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="195"/>
        <source>已受理</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="195"/>
        <source>已派核查</source>
        <translation>Check dispatched</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="195"/>
        <source>已核查</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="196"/>
        <source>已答复</source>
        <translation>Replied</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="197"/>
        <source>%1 的明细</source>
        <translation>Lists for %1</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="198"/>
        <source>待检查</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="198"/>
        <source>检查中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="198"/>
        <source>已完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="199"/>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="200"/>
        <source>·四不两直</source>
        <translation> · unannounced</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="206"/>
        <source>检查</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="206"/>
        <source>企业自查</source>
        <translation>Self-check</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="207"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="215"/>
        <source>计划检查（%1）</source>
        <translation>Planned inspections (%1)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="216"/>
        <source>逾期隐患（%1）</source>
        <translation>Overdue hazards (%1)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="217"/>
        <source>举报（%1）</source>
        <translation>Complaints (%1)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="234"/>
        <source>保存公示 PDF</source>
        <translation>Save the PDF for publication</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="252"/>
        <source>已抽取 %1 家企业（种子 %2），下次同步时作为计划检查发给乡镇终端。</source>
        <translation>Drew %1 enterprises (seed %2); they go to the township laptops as planned inspections with the next sync. </translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="254"/>
        <source>公示 PDF：</source>
        <translation>PDF: </translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="263"/>
        <source>已生成 %1 年度计划：共 %2 次检查。</source>
        <translation>Plan for %1 made: %2 inspections in all.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="271"/>
        <source>月度通报</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="271"/>
        <source>月份：</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>月份（YYYY-MM）：</source>
        <translation type="vanished">Month (YYYY-MM):</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="275"/>
        <source>保存月度通报</source>
        <translation>Save the monthly report</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="296"/>
        <source>已生成 %1 月度通报：%2 和 %3</source>
        <translation>Monthly report %1 written: %2 and %3</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="327"/>
        <source>已受理举报，答复期限 %1。</source>
        <translation>Complaint recorded; reply due %1.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="339"/>
        <source>请先在“举报”列表中选择一件举报。</source>
        <translation>Select a complaint in the complaints list first.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="343"/>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="346"/>
        <source>核查情况</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="343"/>
        <source>核查情况：</source>
        <translation>Finding:</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="346"/>
        <source>举报情况是否属实？</source>
        <translation>Is the complaint substantiated?</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="349"/>
        <source>答复</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="349"/>
        <source>答复内容：</source>
        <translation>Reply:</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="356"/>
        <source>已派出举报核查检查，下次同步时发给乡镇终端。</source>
        <translation>Verification inspection dispatched; it goes to the township&apos;s laptops with the next sync.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="357"/>
        <source>已记录核查情况。</source>
        <translation>Finding recorded.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="357"/>
        <source>已记录答复。</source>
        <translation>Reply recorded.</translation>
    </message>
</context>
<context>
    <name>DistrictPage</name>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="92"/>
        <source>汇总、终端与发布</source>
        <translation>Summary, laptops and publishing</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="94"/>
        <source>计划、通报与举报</source>
        <translation>Plans, reports and complaints</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="99"/>
        <source>各乡镇汇总（本月检查；隐患）</source>
        <translation>Per township (inspections this month; hazards)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="102"/>
        <source>乡镇（街道）</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="102"/>
        <source>本月检查</source>
        <translation>Inspections
this month</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="102"/>
        <source>未销号</source>
        <translation>Not
closed</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="103"/>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="103"/>
        <source>已销号</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="103"/>
        <source>重大隐患挂牌督办</source>
        <translation>Major, under
supervision</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="120"/>
        <source>检查终端（笔记本电脑）</source>
        <translation>Inspection laptops</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="126"/>
        <location filename="../inspector_app/ui/pages/district.py" line="256"/>
        <source>批准设备</source>
        <translation>Approve device</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="127"/>
        <source>吊销设备</source>
        <translation>Revoke device</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="128"/>
        <location filename="../inspector_app/ui/pages/district.py" line="293"/>
        <source>分配编号段</source>
        <translation>Assign serial block</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="129"/>
        <source>给所选的已批准设备再分配一段文号编号（今年的下一段空闲编号），随下次同步发给该设备</source>
        <translation>Give the selected approved laptop a further block of document serials (the next free range this year); it is sent with the next sync</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="140"/>
        <source>隔离的数据包（批准设备后自动导入）</source>
        <translation>Quarantined bundles (imported automatically once the laptop is approved)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="143"/>
        <source>没有隔离的数据包</source>
        <translation>No quarantined bundles</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="146"/>
        <source>发布（随下次同步发给各终端）</source>
        <translation>Publish (sent to the laptops with the next sync)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="149"/>
        <source>发布检查表…</source>
        <translation>Publish checklist…</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="150"/>
        <source>发布所选乡镇的企业名册</source>
        <translation>Publish the selected township&apos;s register</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="155"/>
        <source>导入企业名录…</source>
        <translation>Import enterprise register…</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="199"/>
        <source>待审批</source>
        <translation>awaiting approval</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="199"/>
        <source>已批准</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="199"/>
        <source>已吊销</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="200"/>
        <source>区级</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="204"/>
        <source>%1年 %2–%3（已用 %4/%5）</source>
        <translation>%1: %2–%3 (%4 of %5 used)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="216"/>
        <source>设备号 %1  密钥指纹 %2</source>
        <translation>Device %1  key fingerprint %2</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="219"/>
        <source>文号段 </source>
        <translation>serial block </translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="219"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="123"/>
        <source>还没有终端申请接入。检查员第一次同步时会出现在这里。</source>
        <translation>No laptop has asked to join yet. An inspector&apos;s laptop appears here after its first sync.</translation>
    </message>
    <message>
        <source>没有</source>
        <translation type="vanished">None</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="234"/>
        <source>当前检查表：</source>
        <translation>Current checklists: </translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="257"/>
        <source>批准这台笔记本接入？

检查员：%1
乡镇：%2
设备号：%3
密钥指纹：%4

请与该笔记本“同步”页上显示的设备号和指纹核对一致后再批准。</source>
        <translation>Approve this laptop?

Inspector: %1
Township: %2
Device: %3
Key fingerprint: %4

Check that the device and fingerprint match those shown on the laptop&apos;s Sync page before approving.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="266"/>
        <source>已批准设备 %1，导入了隔离的数据包 %2 个。</source>
        <translation>Approved device %1; imported %2 quarantined bundle(s).</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="280"/>
        <source>已吊销设备 %1。</source>
        <translation>Revoked device %1.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="290"/>
        <source>请先选择一台已批准的设备。</source>
        <translation>Select an approved device first.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="294"/>
        <source>给设备 %1 再分配多少个文号编号（%2 年）？</source>
        <translation>How many further serial numbers for device %1 (%2)?</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="304"/>
        <source>已给设备 %1 分配 %2 年文号编号段 %3–%4，随下次同步发给该设备。</source>
        <translation>Device %1 was assigned the %2 serial block %3–%4; it is sent with the next sync.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="330"/>
        <source>选择检查表文件</source>
        <translation>Choose a checklist file</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="330"/>
        <source>检查表 (*.toml)</source>
        <translation>Checklists (*.toml)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="345"/>
        <source>检查表未发布：</source>
        <translation>Checklist not published: </translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="338"/>
        <source>已发布检查表 %1（%2），下次同步时发给各终端。</source>
        <translation>Published checklist %1 (%2); it goes to the laptops with the next sync.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="359"/>
        <source>请先在汇总表中选择一个乡镇。</source>
        <translation>Select a township in the summary table first.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/district.py" line="364"/>
        <source>%1 的企业名册与台账已发布（新增 %2 条），下次同步时发给该乡镇的终端。</source>
        <translation>The register and ledgers of %1 are published (%2 new records); they go to that township&apos;s laptops with the next sync.</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="24"/>
        <source>检查员一</source>
        <translation>Inspector 1</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="25"/>
        <source>检查员二</source>
        <translation>Inspector 2</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="26"/>
        <source>企业负责人</source>
        <translation>Enterprise&apos;s person in charge</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="49"/>
        <location filename="../inspector_app/ui/pages/documents.py" line="334"/>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>输入企业名称或日期查找检查</source>
        <translation type="vanished">Type an enterprise name or a date to find the inspection</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="59"/>
        <source>输入企业名称、信用代码、地点或日期查找已完成的检查</source>
        <translation>Find a completed inspection: enterprise name, credit code, place or date</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="68"/>
        <source>检查：</source>
        <translation>Inspection:</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="88"/>
        <source>起草现场检查记录</source>
        <translation>Draft inspection record</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="88"/>
        <source>起草整改文书</source>
        <translation>Draft rectification notice</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="89"/>
        <source>起草整改复查意见书</source>
        <translation>Draft re-inspection opinion</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="90"/>
        <source>起草现场处理措施决定书</source>
        <translation>Draft on-site measures decision</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="91"/>
        <source>设定整改期限…</source>
        <translation>Set deadline…</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="92"/>
        <source>检查员一签名</source>
        <translation>Inspector 1 signs</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="92"/>
        <source>检查员二签名</source>
        <translation>Inspector 2 signs</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="93"/>
        <source>企业负责人签名/拒签</source>
        <translation>Enterprise signs / refuses</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="93"/>
        <source>签发</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="94"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="94"/>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="95"/>
        <location filename="../inspector_app/ui/pages/documents.py" line="414"/>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="95"/>
        <source>重新出具</source>
        <translation>Reissue</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="137"/>
        <source> · 未完成</source>
        <translation> · not completed</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="195"/>
        <source>现场检查记录</source>
        <translation>Inspection record</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="195"/>
        <source>责令限期整改指令书</source>
        <translation>Rectification order</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="196"/>
        <source>限期整改意见书</source>
        <translation>Rectification opinion</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="196"/>
        <source>整改复查意见书</source>
        <translation>Re-inspection opinion</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="197"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="197"/>
        <source>已签发</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="197"/>
        <source>已作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="209"/>
        <source>本次检查还没有文书。用下面的按钮起草现场检查记录或整改文书。</source>
        <translation>No documents for this inspection yet. Draft the inspection record or the rectification notice with the buttons below.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="211"/>
        <source>在上方选择或查找一次已完成的检查。</source>
        <translation>Choose or find a completed inspection above.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="213"/>
        <source>还没有已完成的检查。完成检查后，在这里起草、签名、签发文书。</source>
        <translation>No completed inspections yet. Once an inspection is completed, draft, sign and issue its documents here.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="225"/>
        <source>检查尚未完成：完成检查后才能起草文书</source>
        <translation>The inspection is not completed: complete it to draft documents</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="247"/>
        <source>还没有检查记录。完成一次检查后可在此出具文书。</source>
        <translation>No inspections yet. Documents can be issued here after an inspection.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="249"/>
        <source>已签发：{0}</source>
        <translation>Issued: {0}</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="251"/>
        <source>已作废：{0}（{1}）</source>
        <translation>Voided: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="257"/>
        <source>签名</source>
        <translation> signature</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="259"/>
        <source>签章密钥（在“设置”中创建）</source>
        <translation>a signing key (create it in Settings)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="261"/>
        <source>文号编号段（区级分配，或在“设置”中设置本机编号段）</source>
        <translation>a serial block (assigned by the district, or set one for this laptop in Settings)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="263"/>
        <source>可以签发。</source>
        <translation>Ready to issue.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="264"/>
        <source>签发前还需要：</source>
        <translation>Still needed before issuing: </translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="264"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="287"/>
        <source>正在生成预览…</source>
        <translation>Rendering preview…</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="334"/>
        <source>本次检查没有登记隐患，无需整改文书。</source>
        <translation>No hazards were registered in this inspection; no notice is needed.</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation type="vanished">Deadline</translation>
    </message>
    <message>
        <source>本文书所列全部隐患的整改期限（YYYY-MM-DD）：</source>
        <translation type="vanished">Deadline for every hazard on this document (YYYY-MM-DD):</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="410"/>
        <source>正在签发（生成、签名 PDF）…</source>
        <translation>Issuing (rendering and signing the PDF)…</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="414"/>
        <source>作废原因：</source>
        <translation>Reason for voiding:</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="431"/>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="442"/>
        <source>已保存：{0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="467"/>
        <source>打印预览（A4）</source>
        <translation>Print preview (A4)</translation>
    </message>
</context>
<context>
    <name>DrawDialog</name>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="34"/>
        <source>双随机抽取</source>
        <translation>Random draw</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="36"/>
        <source>抽取月份</source>
        <translation>Draw month</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="42"/>
        <source>公开的随机种子：相同名录库和种子得到相同结果</source>
        <translation>The published seed: the same register and seed give the same draw</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="44"/>
        <source>全区</source>
        <translation>Whole district</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="47"/>
        <source>按“四不两直”检查</source>
        <translation>Unannounced (四不两直)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="48"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>月份（YYYY-MM）</source>
        <translation type="vanished">Month (YYYY-MM)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="49"/>
        <source>抽取企业数</source>
        <translation>Enterprises to draw</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="50"/>
        <source>随机种子</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/district_month.py" line="51"/>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
</context>
<context>
    <name>EnterpriseDetail</name>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="277"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="277"/>
        <source>所属乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="278"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="278"/>
        <source>负责人</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="255"/>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="279"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="237"/>
        <source>是</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="238"/>
        <source>否</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="239"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="240"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="241"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="242"/>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="243"/>
        <source>危险有害因素</source>
        <translation>Hazards</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="244"/>
        <source>中毒风险</source>
        <translation>Poisoning risk</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="245"/>
        <source>警示标志</source>
        <translation>Warning sign</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="246"/>
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="247"/>
        <source>高度（米）</source>
        <translation>Height (m)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="248"/>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="249"/>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="250"/>
        <source>作业证号</source>
        <translation>Permit no.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="251"/>
        <source>单位</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="252"/>
        <source>作业内容</source>
        <translation>Scope of work</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="253"/>
        <source>资质</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="254"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="256"/>
        <source>安全协议</source>
        <translation>Safety agreement</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="257"/>
        <source>有限空间台账</source>
        <translation>Confined spaces</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="258"/>
        <source>高处作业项目台账</source>
        <translation>Work-at-height projects</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="259"/>
        <source>相关方（承包商）台账</source>
        <translation>Contractors</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="265"/>
        <source>工贸</source>
        <translation>Industry and trade</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="266"/>
        <source>危化</source>
        <translation>Hazardous chemicals</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="267"/>
        <source>建筑</source>
        <translation>Construction</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="268"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="269"/>
        <source>未分类（按工贸企业对待）</source>
        <translation>Unclassified (treated as industry and trade)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="279"/>
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="280"/>
        <source>行业类别</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="281"/>
        <source>风险标签</source>
        <translation>Risk tags</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="285"/>
        <source>检查记录</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="286"/>
        <source>进行中</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="286"/>
        <source>已完成</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="286"/>
        <source>已取消</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="292"/>
        <source>待下达</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="292"/>
        <source>整改中</source>
        <translation>being rectified</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="293"/>
        <source>待复查</source>
        <translation>to re-inspect</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="293"/>
        <source>已销号</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="294"/>
        <source>隐患</source>
        <translation>Hazards</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="296"/>
        <source>【重大】</source>
        <translation>[MAJOR] </translation>
    </message>
</context>
<context>
    <name>EnterpriseDialog</name>
    <message>
        <location filename="../inspector_app/ui/dialogs/enterprise_form.py" line="38"/>
        <source>编辑企业</source>
        <translation>Edit enterprise</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/enterprise_form.py" line="38"/>
        <source>新增企业</source>
        <translation>Add enterprise</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/enterprise_form.py" line="44"/>
        <source>企业名称</source>
        <translation>Enterprise name</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/enterprise_form.py" line="44"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/enterprise_form.py" line="44"/>
        <source>所属乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/enterprise_form.py" line="45"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/enterprise_form.py" line="45"/>
        <source>主要负责人</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/enterprise_form.py" line="45"/>
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/enterprise_form.py" line="46"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/enterprise_form.py" line="46"/>
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/enterprise_form.py" line="46"/>
        <source>行业类别</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/enterprise_form.py" line="47"/>
        <source>分级（检查频次）</source>
        <translation>Supervision class (visits)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/enterprise_form.py" line="48"/>
        <source>风险标签（用顿号或逗号分隔）</source>
        <translation>Risk tags (separated by 、 or commas)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/enterprise_form.py" line="59"/>
        <source>未分类（按工贸企业对待）</source>
        <translation>Unclassified (treated as industry and trade)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/enterprise_form.py" line="60"/>
        <source>工贸</source>
        <translation>Industry and trade</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/enterprise_form.py" line="60"/>
        <source>危化</source>
        <translation>Hazardous chemicals</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/enterprise_form.py" line="61"/>
        <source>建筑</source>
        <translation>Construction</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/enterprise_form.py" line="61"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/enterprise_form.py" line="66"/>
        <source>未分级（每年%1次）</source>
        <translation>Unclassified (%1× a year)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/enterprise_form.py" line="68"/>
        <source>%1类（每年%2次）</source>
        <translation>Class %1 (%2× a year)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/enterprise_form.py" line="80"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/enterprise_form.py" line="81"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EnterpriseModel</name>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="32"/>
        <source>企业名称</source>
        <translation>Enterprise name</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="32"/>
        <source>统一社会信用代码</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="32"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="32"/>
        <source>负责人</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="33"/>
        <source>风险标签</source>
        <translation>Risk tags</translation>
    </message>
</context>
<context>
    <name>EnterprisesPage</name>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="65"/>
        <source>企业</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="67"/>
        <source>搜索名称、信用代码、地址或负责人</source>
        <translation>Search name, credit code, address or person in charge</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="72"/>
        <source>新增企业</source>
        <translation>Add enterprise</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="107"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="108"/>
        <source>开始检查</source>
        <translation>Start inspection</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="140"/>
        <source>全部乡镇</source>
        <translation>All townships</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="141"/>
        <source>全部风险标签</source>
        <translation>All risk tags</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="179"/>
        <source>没有符合条件的企业</source>
        <translation>No enterprise matches</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="179"/>
        <source>清除搜索和筛选</source>
        <translation>clear the search and filters</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="181"/>
        <source>企业名录为空。在“区级工作台”用“导入企业名录…”导入 Excel/CSV，或点“新增企业”。</source>
        <translation>The enterprise register is empty. Import it from Excel/CSV with &quot;Import enterprise register…&quot; on the District desk, or use &quot;Add enterprise&quot;.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="183"/>
        <source>企业名录为空。区级导入的企业名录同步后列在这里；也可点“新增企业”登记。</source>
        <translation>The enterprise register is empty. The register the district imports appears here after a sync; you can also use &quot;Add enterprise&quot;.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../inspector_app/ui/errors.py" line="75"/>
        <source>（未配置日志文件）</source>
        <translation>(no log file configured)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/errors.py" line="76"/>
        <source>发生了意外错误，操作没有完成。
详细信息已写入日志：{}</source>
        <translation>An unexpected error occurred; the operation was not completed.
Details were written to the log: {}</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/errors.py" line="81"/>
        <source>出错了</source>
        <translation>Something went wrong</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../inspector_app/ui/dialogs/first_start.py" line="18"/>
        <source>欢迎使用安全生产检查</source>
        <translation>Welcome to Work-Safety Inspection</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/first_start.py" line="20"/>
        <source>第一次使用，请填写您的信息。这些信息会印在检查文书上，以后可在“设置”中修改。</source>
        <translation>First start: please enter your details. They are printed on the documents and can be changed later in Settings.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/first_start.py" line="25"/>
        <source>签章密码（签发文书时使用，也可以以后在“设置”中创建）</source>
        <translation>Signing password (used to issue documents; can also be created later in Settings)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/first_start.py" line="32"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/first_start.py" line="33"/>
        <source>再次输入密码</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/first_start.py" line="37"/>
        <source>开始使用</source>
        <translation>Get started</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/first_start.py" line="38"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/first_start.py" line="49"/>
        <source>两次输入的密码须一致且不少于 8 位。</source>
        <translation>The two passwords must match and have at least 8 characters.</translation>
    </message>
</context>
<context>
    <name>HazardActionsDialog</name>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="23"/>
        <source>发现</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="23"/>
        <source>当场整改销号</source>
        <translation>Fixed on site (closed)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="23"/>
        <source>下达整改通知</source>
        <translation>Rectification notice issued</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="24"/>
        <source>申请延期</source>
        <translation>Extension requested</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="24"/>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="168"/>
        <source>批准延期</source>
        <translation>Extension approved</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="24"/>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="169"/>
        <source>驳回延期</source>
        <translation>Extension rejected</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="25"/>
        <source>企业报告整改完成</source>
        <translation>Enterprise reported completion</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="25"/>
        <source>复查合格（销号）</source>
        <translation>Re-inspection passed (closed)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="26"/>
        <source>复查不合格</source>
        <translation>Re-inspection failed</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="26"/>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="181"/>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="183"/>
        <source>挂牌督办</source>
        <translation>Listed supervision</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="26"/>
        <source>督办进展</source>
        <translation>Supervision progress</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="27"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="41"/>
        <source>隐患处理</source>
        <translation>Hazard actions</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="66"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="67"/>
        <source>出具整改复查意见书…</source>
        <translation>Issue re-inspection opinion…</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="68"/>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="286"/>
        <source>起草复查意见书（引用已签发的整改文书），在“文书”页签名、打印</source>
        <translation>Draft the re-inspection opinion (referring to the issued notice); sign and print it on the Documents page</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="135"/>
        <source>整改完成报告</source>
        <translation>Completion report</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="135"/>
        <source>记录完成报告</source>
        <translation>Record completion report</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="139"/>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="136"/>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="140"/>
        <source>完成日期</source>
        <translation>Completion date</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="130"/>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="141"/>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="211"/>
        <source>整改措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="28"/>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="185"/>
        <source>督办单位验收销号</source>
        <translation>Acceptance by the supervising unit</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="29"/>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="209"/>
        <source>五落实</source>
        <translation>Five measures</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="30"/>
        <source>责令停产停业</source>
        <translation>Suspension ordered</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="31"/>
        <source>复产申请</source>
        <translation>Application to resume</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="32"/>
        <source>复产审查</source>
        <translation>Resumption review</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="125"/>
        <source>当场整改</source>
        <translation>Fixed on site</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="125"/>
        <source>当场整改完毕，销号</source>
        <translation>Fixed on site: close the hazard</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="127"/>
        <source>现场采取的整改措施</source>
        <translation>What was done on site</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="131"/>
        <source>整改后照片（必填）</source>
        <translation>After photos (required)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="142"/>
        <source>整改资金（元）</source>
        <translation>Money spent (yuan)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="145"/>
        <source>整改后照片</source>
        <translation>After photos</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="149"/>
        <source>复查</source>
        <translation>Re-inspection</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="149"/>
        <source>记录复查结果</source>
        <translation>Record re-inspection result</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="151"/>
        <source>合格（销号）</source>
        <translation>Passed (close)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="152"/>
        <source>不合格</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>不合格时填写新的整改期限 YYYY-MM-DD</source>
        <translation type="vanished">New deadline if failed, YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="159"/>
        <source>复查结论</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="154"/>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="160"/>
        <source>新整改期限</source>
        <translation>New deadline</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="161"/>
        <source>复查意见</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="165"/>
        <source>延期</source>
        <translation>Extension</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="165"/>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="220"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="167"/>
        <source>企业申请延期</source>
        <translation>Enterprise requests extension</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="175"/>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="198"/>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="232"/>
        <source>事项</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="176"/>
        <source>延期至</source>
        <translation>Extend to</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="177"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="181"/>
        <source>记录督办</source>
        <translation>Record supervision</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="184"/>
        <source>督办进展报告</source>
        <translation>Supervision progress report</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="187"/>
        <source>市级</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="187"/>
        <source>省级</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="187"/>
        <source>乡镇级</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="187"/>
        <source>县（区）级</source>
        <translation>County / district</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="196"/>
        <source>验收销号时填写</source>
        <translation>For the acceptance</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="198"/>
        <source>督办级别</source>
        <translation>Supervision level</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="199"/>
        <source>督办单位</source>
        <translation>Supervising unit</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="199"/>
        <source>督办文号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="191"/>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="200"/>
        <source>督办期限</source>
        <translation>Supervision deadline</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="201"/>
        <source>治理方案备案日期</source>
        <translation>Governance plan filed on</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="202"/>
        <source>进展情况</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="203"/>
        <source>验收人</source>
        <translation>Accepted by</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="197"/>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="203"/>
        <source>验收日期</source>
        <translation>Acceptance date</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="209"/>
        <source>记录五落实</source>
        <translation>Record the five measures</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="211"/>
        <source>责任人</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="212"/>
        <source>整改资金</source>
        <translation>Funds</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="212"/>
        <source>整改时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="213"/>
        <source>应急预案</source>
        <translation>Emergency plan</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="220"/>
        <source>停产停业</source>
        <translation>Suspension</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="222"/>
        <source>责令停产停业（停止使用）</source>
        <translation>Order suspension (stop using)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="223"/>
        <source>企业申请复产</source>
        <translation>Enterprise applies to resume</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="224"/>
        <source>复产审查：同意</source>
        <translation>Resumption review: approved</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="225"/>
        <source>复产审查：不同意</source>
        <translation>Resumption review: refused</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="229"/>
        <source>申请人或审查人</source>
        <translation>Applicant or reviewer</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="231"/>
        <source>停产范围、申请内容或审查意见</source>
        <translation>Scope, application or review opinion</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="226"/>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="232"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="153"/>
        <source>不合格时选择</source>
        <translation>choose if failed</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="170"/>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="191"/>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="214"/>
        <source>未选择</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="171"/>
        <source>延期后的期限</source>
        <translation>Extended deadline</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="192"/>
        <source>未备案</source>
        <translation>not filed</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="193"/>
        <source>备案日期</source>
        <translation>Filing date</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="233"/>
        <source>文书文号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="233"/>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="234"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="256"/>
        <source>未整改</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="256"/>
        <source>整改中</source>
        <translation>Being rectified</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="257"/>
        <source>待复查</source>
        <translation>To re-inspect</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="257"/>
        <source>已销号</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="258"/>
        <source>状态：</source>
        <translation>State: </translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="259"/>
        <source>整改期限：</source>
        <translation>Deadline: </translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="270"/>
        <source>重大事故隐患不得当场整改销号，须经复查</source>
        <translation>A major hazard cannot be closed on the spot; it needs a re-inspection</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="276"/>
        <source>已责令停产停业，复产申请待审查</source>
        <translation>Suspended; the application to resume awaits review</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="276"/>
        <source>已责令停产停业，尚未同意复产</source>
        <translation>Suspended; resumption not yet approved</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="282"/>
        <source>尚无已签发的整改文书，不能出具复查意见书</source>
        <translation>No issued rectification notice yet; a re-inspection opinion needs one</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="284"/>
        <source>先在“复查”中记录复查结果</source>
        <translation>Record the re-inspection result first</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="292"/>
        <source>责任人：</source>
        <translation>Responsible: </translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="292"/>
        <source>时限：</source>
        <translation>Deadline: </translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="296"/>
        <source>同意复产</source>
        <translation>resumption approved</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="296"/>
        <source>不同意复产</source>
        <translation>resumption refused</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="348"/>
        <source>请填写现场采取的整改措施</source>
        <translation>Enter what was done on site</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="350"/>
        <source>当场整改销号须附整改后照片</source>
        <translation>Closing a hazard on site needs at least one after photo</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="413"/>
        <source>复查不合格时须选择今天以后的新整改期限</source>
        <translation>A failed re-inspection needs a new deadline after today</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="426"/>
        <source>请选择延期后的期限</source>
        <translation>Choose the extended deadline</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="480"/>
        <source>请选择督办期限</source>
        <translation>Choose the supervision deadline</translation>
    </message>
    <message>
        <source>完成日期格式应为 YYYY-MM-DD</source>
        <translation type="vanished">Completion date must be YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="390"/>
        <source>请填写整改措施</source>
        <translation>Enter the measures taken</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="395"/>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="397"/>
        <source>整改资金应为数字</source>
        <translation>Money spent must be a non-negative number</translation>
    </message>
    <message>
        <source>复查不合格时须填写今天以后的新整改期限（YYYY-MM-DD）</source>
        <translation type="vanished">A failed re-inspection needs a new deadline after today (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>请填写延期后的期限（YYYY-MM-DD）</source>
        <translation type="vanished">Enter the extended deadline (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="430"/>
        <source>请填写延期理由</source>
        <translation>Enter the reason for the extension</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="438"/>
        <source>“五落实”须逐项填写</source>
        <translation>Fill in every one of the five measures</translation>
    </message>
    <message>
        <source>整改时限格式应为 YYYY-MM-DD</source>
        <translation type="vanished">The deadline must be YYYY-MM-DD</translation>
    </message>
    <message>
        <source>日期格式应为 YYYY-MM-DD</source>
        <translation type="vanished">The date must be YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="455"/>
        <source>请填写复产审查人</source>
        <translation>Enter the reviewer</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="467"/>
        <source>督办单位验收须填写验收单位、验收人、验收日期和验收文书文号</source>
        <translation>The acceptance needs the unit, the person, the date and the document number</translation>
    </message>
    <message>
        <source>验收日期格式应为 YYYY-MM-DD</source>
        <translation type="vanished">The acceptance date must be YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="473"/>
        <source>请填写进展情况</source>
        <translation>Enter the progress</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="476"/>
        <source>请填写督办单位</source>
        <translation>Enter the supervising unit</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="478"/>
        <source>请填写督办文号</source>
        <translation>Enter the document number</translation>
    </message>
    <message>
        <source>督办期限格式应为 YYYY-MM-DD</source>
        <translation type="vanished">Supervision deadline must be YYYY-MM-DD</translation>
    </message>
    <message>
        <source>备案日期格式应为 YYYY-MM-DD</source>
        <translation type="vanished">Filing date must be YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>HazardReviewDialog</name>
    <message>
        <location filename="../inspector_app/ui/dialogs/hazard_review.py" line="36"/>
        <source>确认隐患</source>
        <translation>Confirm hazards</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/hazard_review.py" line="39"/>
        <source>以下隐患由“不符合”项生成。可直接修改，合并相同的，删除不需要的，或添加其他发现。</source>
        <translation>These hazards come from the failed items. Edit them, merge duplicates, delete what is not needed, or add other findings.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/hazard_review.py" line="41"/>
        <source>隐患描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/hazard_review.py" line="41"/>
        <source>部位</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/hazard_review.py" line="41"/>
        <source>等级</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/hazard_review.py" line="41"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/hazard_review.py" line="42"/>
        <source>整改措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/hazard_review.py" line="42"/>
        <location filename="../inspector_app/ui/dialogs/hazard_review.py" line="146"/>
        <source>整改期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/hazard_review.py" line="42"/>
        <source>依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/hazard_review.py" line="52"/>
        <source>添加其他发现</source>
        <translation>Add other finding</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/hazard_review.py" line="53"/>
        <source>合并所选</source>
        <translation>Merge selected</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/hazard_review.py" line="54"/>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/hazard_review.py" line="70"/>
        <source>登记隐患</source>
        <translation>Register hazards</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/hazard_review.py" line="71"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/hazard_review.py" line="129"/>
        <source>登记和打印的整改措施为中文：{0}</source>
        <translation>Recorded and printed in Chinese: {0}</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/hazard_review.py" line="134"/>
        <source>一般隐患</source>
        <translation>General hazard</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/hazard_review.py" line="135"/>
        <source>重大隐患</source>
        <translation>Major hazard</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/hazard_review.py" line="222"/>
        <source>第 {0} 行：隐患描述不能为空</source>
        <translation>Row {0}: a description is required</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/hazard_review.py" line="226"/>
        <source>第 {0} 行：</source>
        <translation>Row {0}: </translation>
    </message>
</context>
<context>
    <name>HazardsPage</name>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="125"/>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="125"/>
        <source>未销号</source>
        <translation>Not closed</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="126"/>
        <source>未整改</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="126"/>
        <source>整改中</source>
        <translation>Being rectified</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="127"/>
        <source>待复查</source>
        <translation>To re-inspect</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="127"/>
        <source>已销号</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="130"/>
        <source>全部等级</source>
        <translation>All severities</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="130"/>
        <source>一般</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="130"/>
        <source>重大</source>
        <translation>Major</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="140"/>
        <source>仅逾期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="142"/>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="143"/>
        <source>不限</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="142"/>
        <source>起始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="143"/>
        <source>截止日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="145"/>
        <source>点击选择日期；Delete 清除（不限）</source>
        <translation>Click to pick a date; Delete clears it (any)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="146"/>
        <source>清除日期</source>
        <translation>Clear dates</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="273"/>
        <source>起始日期晚于截止日期，没有隐患可列出</source>
        <translation>The start date is after the end date: no hazards to list</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="284"/>
        <source>没有符合筛选条件的隐患</source>
        <translation>No hazard matches the filters</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="284"/>
        <source>清除筛选</source>
        <translation>clear the filters</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="286"/>
        <source>还没有隐患。检查中答“不符合”的项，在完成检查时登记为隐患，列在这里。</source>
        <translation>No hazards yet. Items answered &quot;fails&quot; become hazards when the inspection is completed, and are listed here.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="289"/>
        <source>共 %1 条，正在统计……</source>
        <translation>%1 in total, counting…</translation>
    </message>
    <message>
        <source>发现日期起 YYYY-MM-DD</source>
        <translation type="vanished">Found from YYYY-MM-DD</translation>
    </message>
    <message>
        <source>发现日期止 YYYY-MM-DD</source>
        <translation type="vanished">Found until YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="149"/>
        <source>编号或描述</source>
        <translation>Number or description</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="155"/>
        <source>发现日期</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation type="vanished">Overdue</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="208"/>
        <source>导出 CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="209"/>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="212"/>
        <source>导出 PDF 台账…</source>
        <translation>Export PDF ledger…</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="232"/>
        <source>全部乡镇</source>
        <translation>All townships</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="233"/>
        <source>全部专项</source>
        <translation>All campaigns</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="246"/>
        <source>全部企业</source>
        <translation>All enterprises</translation>
    </message>
    <message>
        <source>日期格式应为 YYYY-MM-DD，例如 2026-03-01</source>
        <translation type="vanished">Dates are YYYY-MM-DD, e.g. 2026-03-01</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="293"/>
        <source>共 %1 条：未整改 %2，整改中 %3，待复查 %4，已销号 %5，逾期 %6，重大 %7</source>
        <translation>%1 in total: open %2, being rectified %3, to re-inspect %4, closed %5, overdue %6, major %7</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="355"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="355"/>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="356"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="358"/>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="394"/>
        <source>导出隐患台账</source>
        <translation>Export hazard ledger</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="381"/>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="382"/>
        <source>已导出：</source>
        <translation>Exported: </translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="393"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>InspectionPage</name>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="53"/>
        <location filename="../inspector_app/ui/pages/inspection.py" line="726"/>
        <location filename="../inspector_app/ui/pages/inspection.py" line="751"/>
        <source>检查</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="66"/>
        <source>开始新的检查</source>
        <translation>Start a new inspection</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="77"/>
        <source>输入或选择同事</source>
        <translation>Type or choose a colleague</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="87"/>
        <source>计划</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="87"/>
        <source>专项</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="88"/>
        <source>复查</source>
        <translation>Re-inspection</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="88"/>
        <source>双随机</source>
        <translation>Random draw</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="89"/>
        <source>举报核查</source>
        <translation>Complaint check</translation>
    </message>
    <message>
        <source>四不两直（不发通知、不打招呼、不听汇报、不用陪同接待，直奔基层、直插现场）</source>
        <translation type="vanished">Unannounced (四不两直: no notice, no greeting, no briefing, no escort; straight to the site)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="92"/>
        <source>四不两直</source>
        <translation>Unannounced (四不两直)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="93"/>
        <source>不发通知、不打招呼、不听汇报、不用陪同接待，直奔基层、直插现场</source>
        <translation>no notice, no greeting, no briefing, no escort: straight to the site</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="107"/>
        <source>开始检查</source>
        <translation>Start inspection</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="111"/>
        <source>被检查企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="112"/>
        <source>第二检查员</source>
        <translation>Second inspector</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="113"/>
        <source>第二检查员证号</source>
        <translation>Second inspector&apos;s certificate</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="114"/>
        <source>检查场所</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="115"/>
        <source>检查类别</source>
        <translation>Kind of inspection</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="117"/>
        <source>检查表（按风险标签推荐）</source>
        <translation>Checklists (by risk tags)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="124"/>
        <source>进行中的检查（双击继续）</source>
        <translation>In progress (double-click)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="131"/>
        <source>没有进行中的检查。在左侧选择企业和检查表，点“开始检查”；中途离开的检查会列在这里，双击继续。</source>
        <translation>No inspection in progress. Choose the enterprise and the checklists on the left and press Start inspection; an inspection you leave before finishing is listed here, double-click to go on.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="219"/>
        <source>请从列表中选择企业</source>
        <translation>Choose an enterprise from the list</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="256"/>
        <source>不属于本乡镇的企业</source>
        <translation>Enterprise of another township</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="256"/>
        <source>仍要开始检查吗？</source>
        <translation>Start the inspection anyway?</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="272"/>
        <source>完成检查，生成隐患</source>
        <translation>Finish and list hazards</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="275"/>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="277"/>
        <source>放弃本次检查…</source>
        <translation>Abandon inspection…</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="278"/>
        <source>开错了企业或检查表时使用；已有隐患或文书的检查不能放弃</source>
        <translation>For an inspection started with the wrong enterprise or checklists; not possible once it has hazards or documents</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="299"/>
        <source>1 符合</source>
        <translation>1 Complies</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="299"/>
        <source>2 不符合</source>
        <translation>2 Fails</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="300"/>
        <source>3 不适用</source>
        <translation>3 Not applicable</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="316"/>
        <source>备注（现场情况、具体部位）</source>
        <translation>Notes (what you saw, exact place)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="330"/>
        <source>完成检查（Enter）</source>
        <translation>Finish (Enter)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="341"/>
        <source>上一项</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="342"/>
        <source>下一项（Enter）</source>
        <translation>Next (Enter)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="440"/>
        <source>全部 {0} 项已作答。按 Enter 完成检查并生成隐患，按 Esc 留下修改。</source>
        <translation>All {0} items answered. Press Enter to finish and create the hazards, Esc to stay and change answers.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="477"/>
        <source>检查：{0}</source>
        <translation>Inspection: {0}</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="478"/>
        <source>（已完成，只读；更改须说明更正原因）</source>
        <translation> (completed, read-only; a change needs the reason for the amendment)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="523"/>
        <source>本次检查没有检查表。</source>
        <translation>This inspection has no checklist.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="587"/>
        <source>更正已完成的检查</source>
        <translation>Amend a completed inspection</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="588"/>
        <source>这次检查已完成。更正原因（将记入审计日志并标注在记录上）：</source>
        <translation>This inspection is completed. Reason for the amendment (recorded in the audit log and marked on the record):</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="592"/>
        <source>（更正中）</source>
        <translation> (amending)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="620"/>
        <source>读数超出可填写的范围，未保存。</source>
        <translation>A reading is outside the range that can be entered; not saved.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="621"/>
        <source>读数超出限值：不符合。</source>
        <translation>Readings out of limits: fails.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="621"/>
        <source>读数在限值内：符合。</source>
        <translation>Readings within limits: complies.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="620"/>
        <source>读数须为数字。</source>
        <translation>Readings must be numbers.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="683"/>
        <location filename="../inspector_app/ui/pages/inspection.py" line="698"/>
        <source>放弃本次检查</source>
        <translation>Abandon inspection</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="684"/>
        <source>放弃后本次检查不再列为进行中（记录保留并写入审计日志）。
原因：</source>
        <translation>The inspection will no longer be in progress (it is kept and recorded in the audit log).
Reason:</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="751"/>
        <source>已登记 {0} 条隐患。可在“文书”中出具文书。</source>
        <translation>{0} hazards registered. Issue the documents on the Documents page.</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>全员安全生产责任制</source>
        <translation type="vanished">Safety responsibility</translation>
    </message>
    <message>
        <source>电气焊（动火）作业</source>
        <translation type="vanished">Welding / hot work</translation>
    </message>
    <message>
        <source>有限空间作业</source>
        <translation type="vanished">Confined spaces</translation>
    </message>
    <message>
        <source>高处作业</source>
        <translation type="vanished">Work at height</translation>
    </message>
    <message>
        <source>企业外包施工</source>
        <translation type="vanished">Outsourced construction</translation>
    </message>
    <message>
        <source>涉爆粉尘</source>
        <translation type="vanished">Combustible dust</translation>
    </message>
    <message>
        <source>涉氨制冷</source>
        <translation type="vanished">Ammonia refrigeration</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="56"/>
        <source>隐患编号</source>
        <translation>Hazard no.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="56"/>
        <source>发现日期</source>
        <translation>Found on</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="56"/>
        <source>乡镇（街道）</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="56"/>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="57"/>
        <source>隐患描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="57"/>
        <source>等级</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="57"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="57"/>
        <source>整改期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="58"/>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="62"/>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="58"/>
        <source>专项</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="58"/>
        <source>销号日期</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="59"/>
        <source>未整改</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="59"/>
        <source>整改中</source>
        <translation>Being rectified</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="60"/>
        <source>待复查</source>
        <translation>To re-inspect</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="60"/>
        <source>已销号</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="61"/>
        <source>一般</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="61"/>
        <source>重大</source>
        <translation>Major</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="98"/>
        <source>%1，已逾期</source>
        <translation>%1, overdue</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../inspector_app/ui/main_window.py" line="27"/>
        <source>安全生产检查</source>
        <translation>Work-Safety Inspection</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/main_window.py" line="71"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/main_window.py" line="72"/>
        <source>新建检查</source>
        <translation>New inspection</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/main_window.py" line="73"/>
        <source>导出隐患台账（Excel）…</source>
        <translation>Export hazard ledger (Excel)…</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/main_window.py" line="75"/>
        <source>同步…</source>
        <translation>Sync…</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/main_window.py" line="77"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/main_window.py" line="78"/>
        <source>转到(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/main_window.py" line="85"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/main_window.py" line="86"/>
        <location filename="../inspector_app/ui/main_window.py" line="90"/>
        <source>键盘操作</source>
        <translation>Keyboard</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/main_window.py" line="87"/>
        <location filename="../inspector_app/ui/main_window.py" line="100"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/main_window.py" line="91"/>
        <source>新建检查：各栏自上而下用 Tab 填写（检查表在“开始检查”之前），企业框中按 Enter 即开始检查。
检查时：1 符合，2 不符合（光标进入备注），3 不适用；答后自动进入下一项。
备注中 Enter 或 Ctrl+Enter 保存并进入下一项，Shift+Enter 换行，Esc 离开备注。
读数中 Enter 或 Tab 进入下一读数（分部位的逐行填写），↑/↓ 同一读数的上一/下一部位；每个读数输入时即判定是否超限。
Esc 返回检查列表；最后一项后按 Enter 完成检查。
Alt+1…8 切换页面；Ctrl+N 新建检查；Ctrl+E 导出隐患台账；F5 同步。</source>
        <translation>New inspection: Tab goes down the fields (the checklists before Start inspection); Enter in the enterprise box starts the inspection.
Inspecting: 1 complies, 2 does not comply (the cursor goes to the note), 3 not applicable; each answer moves on to the next item.
In the note, Enter or Ctrl+Enter keeps it and moves on, Shift+Enter starts a new line, Esc leaves the note.
In a reading, Enter or Tab goes to the next reading (row by row where there are positions), ↑/↓ to the same reading one position higher/lower; each reading is judged as it is typed.
Esc goes back to the list; after the last item Enter finishes the inspection.
Alt+1…8 switch pages; Ctrl+N new inspection; Ctrl+E export the hazard ledger; F5 sync.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/main_window.py" line="100"/>
        <source>安全生产检查 {0}</source>
        <translation>Work-Safety Inspection {0}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../inspector_app/ui/pages/registry.py" line="35"/>
        <source>今日</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/registry.py" line="36"/>
        <source>企业</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/registry.py" line="37"/>
        <source>检查</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/registry.py" line="38"/>
        <source>隐患台账</source>
        <translation>Hazard ledger</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/registry.py" line="39"/>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/registry.py" line="40"/>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/registry.py" line="43"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/registry.py" line="41"/>
        <source>区级工作台</source>
        <translation>District desk</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../inspector_app/ui/widgets/photos.py" line="33"/>
        <source>把照片拖到这里；双击放大</source>
        <translation>Drop photos here; double-click to enlarge</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/photos.py" line="34"/>
        <source>；选中后按 Delete 移除</source>
        <translation>; select one and press Delete to remove it</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/photos.py" line="36"/>
        <source>添加照片…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/photos.py" line="39"/>
        <location filename="../inspector_app/ui/widgets/photos.py" line="70"/>
        <source>移除照片</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/photos.py" line="70"/>
        <source>从本项移除这张照片？</source>
        <translation>Remove this photo from the item?</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/photos.py" line="84"/>
        <source>选择照片</source>
        <translation>Choose photos</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/photos.py" line="85"/>
        <source>图片 (*.jpg *.jpeg *.png *.heic *.bmp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.heic *.bmp)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/photos.py" line="107"/>
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/photos.py" line="120"/>
        <source>照片中没有拍摄时间和位置信息</source>
        <translation>The photo carries no capture time or position</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="49"/>
        <source>乡镇检查员</source>
        <translation>Township inspector</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="50"/>
        <source>区级（汇总、审批）</source>
        <translation>District (summary, approvals)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="52"/>
        <source>乡镇应急管理办公室（无执法权：整改意见书）</source>
        <translation>Township emergency office (no enforcement power: rectification opinion)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="53"/>
        <source>执法单位（责令限期整改指令书）</source>
        <translation>Enforcement unit (rectification order)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="43"/>
        <source>例如：城关街道应急管理办公室</source>
        <translation>e.g. Chengguan Subdistrict Emergency Management Office</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="45"/>
        <source>印在文号括号里，例如：城关</source>
        <translation>printed in the document number&apos;s brackets, e.g. 城关</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="56"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="56"/>
        <source>执法证/检查证号</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="57"/>
        <source>单位名称</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="57"/>
        <source>单位简称（文号用）</source>
        <translation>Unit short name (for numbers)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="58"/>
        <source>乡镇/街道</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="58"/>
        <source>区/县</source>
        <translation>District/county</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="59"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="59"/>
        <source>单位类型</source>
        <translation>Kind of unit</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="74"/>
        <source>留空使用默认格式</source>
        <translation>leave empty for the default pattern</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="77"/>
        <source>花括号中的词在签发时替换：{short} 单位简称，{code} 文书类型代字，{year} 年份，{serial} 顺序号。其余文字原样印出。</source>
        <translation>The words in braces are replaced when a document is issued: {short} the unit&apos;s short name, {code} the document type code, {year} the year, {serial} the serial number. Everything else is printed as typed.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="83"/>
        <source>插入：</source>
        <translation>Insert:</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="85"/>
        <source>单位简称</source>
        <translation>Unit short name</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="85"/>
        <source>类型代字</source>
        <translation>Type code</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="85"/>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="86"/>
        <source>顺序号</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="97"/>
        <source>类型代字：现场检查记录</source>
        <translation>Type code: inspection record</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="98"/>
        <source>类型代字：责令限期整改指令书</source>
        <translation>Type code: rectification order</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="99"/>
        <source>类型代字：限期整改意见书</source>
        <translation>Type code: rectification opinion</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="100"/>
        <source>类型代字：整改复查意见书</source>
        <translation>Type code: re-inspection opinion</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="101"/>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="102"/>
        <source>文号格式</source>
        <translation>Document number pattern</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="106"/>
        <source>文号预览</source>
        <translation>Numbers will read</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="120"/>
        <source>行政复议机关</source>
        <translation>Administrative reconsideration body</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="121"/>
        <source>行政诉讼法院</source>
        <translation>Court for administrative litigation</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="122"/>
        <source>逾期未整改的移送说明</source>
        <translation>Escalation sentence (not rectified in time)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="180"/>
        <source>城关</source>
        <translation>城关</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="182"/>
        <source>现场检查记录</source>
        <translation>Inspection record</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="182"/>
        <source>责令限期整改指令书</source>
        <translation>Rectification order</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="183"/>
        <source>限期整改意见书</source>
        <translation>Rectification opinion</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="183"/>
        <source>整改复查意见书</source>
        <translation>Re-inspection opinion</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="188"/>
        <source>文号格式只能使用 {short} {code} {year} {serial} 四个占位符，且花括号须成对。</source>
        <translation>The pattern may only use the placeholders {short} {code} {year} {serial}, with matching braces.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="193"/>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <source>示例：</source>
        <translation type="vanished">Example: </translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../inspector_app/ui/widgets/progress.py" line="25"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReadingGrid</name>
    <message>
        <location filename="../inspector_app/ui/widgets/reading_grid.py" line="116"/>
        <source>部位</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/reading_grid.py" line="134"/>
        <source>实测</source>
        <translation>Measured</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/reading_grid.py" line="229"/>
        <source>✗ {0}：须为数字</source>
        <translation>✗ {0}: must be a number</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/reading_grid.py" line="232"/>
        <source>✗ {0} {1}：超出可填写的范围 {2}</source>
        <translation>✗ {0} {1}: outside the range that can be entered, {2}</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/reading_grid.py" line="234"/>
        <source>✗ {0} {1}（{2}）</source>
        <translation>✗ {0} {1} ({2})</translation>
    </message>
    <message>
        <source>✗ {0} {1}（要求 {2}）</source>
        <translation type="vanished">✗ {0} {1} (required {2})</translation>
    </message>
</context>
<context>
    <name>RegisterImportDialog</name>
    <message>
        <location filename="../inspector_app/ui/dialogs/register_import.py" line="23"/>
        <source>导入企业名录</source>
        <translation>Import enterprise register</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/register_import.py" line="29"/>
        <source>选择 .xlsx 或 .csv 文件</source>
        <translation>Choose an .xlsx or .csv file</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/register_import.py" line="30"/>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/register_import.py" line="35"/>
        <source>表头按常见名称对应：企业名称、统一社会信用代码、乡镇（街道）、地址、主要负责人、联系电话、行业、风险标签、行业类别、分级。</source>
        <translation>Columns are matched by their usual headers: 企业名称, 统一社会信用代码, 乡镇（街道）, 地址, 主要负责人, 联系电话, 行业, 风险标签, 行业类别, 分级.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/register_import.py" line="40"/>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/register_import.py" line="40"/>
        <source>企业名称</source>
        <translation>Enterprise name</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/register_import.py" line="40"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/register_import.py" line="41"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/register_import.py" line="49"/>
        <source>导入有效行</source>
        <translation>Import valid rows</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/register_import.py" line="57"/>
        <source>选择企业名录文件</source>
        <translation>Choose a register file</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/register_import.py" line="58"/>
        <source>企业名录 (*.xlsx *.csv)</source>
        <translation>Enterprise register (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/register_import.py" line="87"/>
        <source>已导入</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/register_import.py" line="87"/>
        <source>可导入</source>
        <translation>to import</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/register_import.py" line="89"/>
        <source>已识别的列：%1
共 %2 行：%3 %4 行，无效 %5 行（见下表），已在名录库中 %6 行（跳过）。</source>
        <translation>Columns found: %1
%2 rows: %4 %3, %5 invalid (listed below), %6 already registered (skipped).</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/register_import.py" line="110"/>
        <source>无法导入：</source>
        <translation>Cannot import: </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="22"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="29"/>
        <source>用户与单位</source>
        <translation>User and unit</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="33"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="42"/>
        <location filename="../inspector_app/ui/pages/settings.py" line="171"/>
        <location filename="../inspector_app/ui/pages/settings.py" line="176"/>
        <source>签章密钥</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="49"/>
        <location filename="../inspector_app/ui/pages/settings.py" line="123"/>
        <source>创建签章密钥</source>
        <translation>Create signing key</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="50"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="51"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="52"/>
        <source>再次输入密码</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="57"/>
        <source>文号编号段</source>
        <translation>Document serial block</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="67"/>
        <source>保存本机编号段</source>
        <translation>Save this laptop&apos;s block</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="68"/>
        <source>当前</source>
        <translation>Current</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="69"/>
        <source>起始号</source>
        <translation>First number</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="70"/>
        <source>结束号</source>
        <translation>Last number</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="76"/>
        <source>照片位置</source>
        <translation>Photo location</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="78"/>
        <source>同步发送前去除照片的GPS位置（本机仍保留，文书照片页仍列出）</source>
        <translation>Remove photos&apos; GPS position before sending (kept on this laptop and still listed on documents&apos; photo page)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="83"/>
        <source>语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="90"/>
        <source>重新启动后生效</source>
        <translation>Takes effect after a restart</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="95"/>
        <source>关于…</source>
        <translation>About…</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="108"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="109"/>
        <source>安全生产检查</source>
        <translation>Work-Safety Inspection</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="110"/>
        <source>复制诊断信息</source>
        <translation>Copy diagnostics</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="111"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="121"/>
        <source>已创建（签发文书时输入此密码）</source>
        <translation>Created (enter its password when issuing documents)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="122"/>
        <source>尚未创建：签发文书前须先设置签章密码</source>
        <translation>Not created yet: set a signing password before issuing documents</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="123"/>
        <source>更换签章密钥</source>
        <translation>Replace signing key</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="132"/>
        <source>区级分配：{0}年 {1}–{2}</source>
        <translation>From the district: {0} {1}–{2}</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="135"/>
        <source>本机设置：{0}年 {1}–{2}</source>
        <translation>Set on this laptop: {0} {1}–{2}</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="139"/>
        <source>尚无编号段：签发文书前须由区级分配或在此设置本机编号段。</source>
        <translation>No serial block: the district assigns one, or set one for this laptop here, before issuing documents.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="140"/>
        <source>本年已用 {0} 个文号。</source>
        <translation>{0} numbers used this year.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="147"/>
        <source>起始号和结束号须为整数</source>
        <translation>First and last must be whole numbers</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="171"/>
        <source>两次输入的密码须一致且不少于 8 位。</source>
        <translation>The two passwords must match and have at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="176"/>
        <source>已有签章密钥。更换后，旧密钥签发的文书仍可核验，但以后签发须使用新密码。确定更换？</source>
        <translation>A signing key exists. Documents issued with the old key stay verifiable, but from now on the new password is needed. Replace it?</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="182"/>
        <source>签章密钥已创建</source>
        <translation>Signing key created</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="167"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../inspector_app/ui/widgets/signature_pad.py" line="128"/>
        <source>签名：{0}</source>
        <translation>Signature: {0}</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/signature_pad.py" line="130"/>
        <source>请在下方框内签名（鼠标、手写笔或手指）。</source>
        <translation>Sign in the box below (mouse, pen or finger).</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/signature_pad.py" line="134"/>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/signature_pad.py" line="134"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/signature_pad.py" line="135"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/signature_pad.py" line="142"/>
        <source>拒签（由见证人签名）</source>
        <translation>Refused to sign (a witness signs)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/signature_pad.py" line="144"/>
        <source>见证人姓名（见证人在上方框内签名）</source>
        <translation>Witness name (the witness signs in the box above)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/signature_pad.py" line="147"/>
        <source>拒签理由（被检查单位所述；未说明可留空）</source>
        <translation>Reason for refusing (as stated by the enterprise; may be left empty)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/signature_pad.py" line="160"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/signature_pad.py" line="161"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/signature_pad.py" line="170"/>
        <source>拒签时须填写见证人姓名</source>
        <translation>A refusal needs the witness&apos;s name</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/signature_pad.py" line="173"/>
        <source>请见证人在框内签名</source>
        <translation>Please have the witness sign in the box</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/signature_pad.py" line="176"/>
        <source>请先签名</source>
        <translation>Please sign first</translation>
    </message>
</context>
<context>
    <name>StartNotice</name>
    <message>
        <location filename="../inspector_app/ui/start_notice.py" line="38"/>
        <source>安全生产检查

正在升级数据库以适配新版本……
数据较多时需要几秒钟，请勿关闭。</source>
        <translation>Work-Safety Inspection

Upgrading the database for this version…
With much data this takes a few seconds; please do not close the app.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/start_notice.py" line="44"/>
        <source>安全生产检查

正在生成演示数据并签发演示文书……
约需 5～10 秒。</source>
        <translation>Work-Safety Inspection

Making the demo data and issuing its documents…
This takes 5–10 seconds.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="66"/>
        <source>同步位置（文件夹或 U 盘卷标）</source>
        <translation>Sync locations (folders or USB volume labels)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="72"/>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="76"/>
        <source>添加文件夹…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="77"/>
        <source>添加 U 盘卷标…</source>
        <translation>Add USB stick label…</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="91"/>
        <source>立即同步</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="118"/>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="132"/>
        <source>保留现值</source>
        <translation>Keep current</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="133"/>
        <source>采用另一值</source>
        <translation>Use other value</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="194"/>
        <source>冲突：%1</source>
        <translation>Conflicts: %1</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="195"/>
        <source>隔离的数据包：%1</source>
        <translation>Quarantined bundles: %1</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="243"/>
        <source>从未</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="197"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="78"/>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="79"/>
        <source>从同步位置中移除所选项（文件夹和 U 盘里的文件不会被删除）</source>
        <translation>Remove the selected sync location (files in the folder or on the stick are not deleted)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="94"/>
        <source>导出数据包…</source>
        <translation>Export bundle…</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="95"/>
        <source>导入数据包…</source>
        <translation>Import bundles…</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="103"/>
        <source>导入与同步记录</source>
        <translation>Import and sync history</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="107"/>
        <source>还没有同步过。插入 U 盘或设置共享文件夹后按 F5 同步。</source>
        <translation>Not synced yet. Insert a USB stick or set up a shared folder, then press F5 to sync.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="115"/>
        <source>冲突：同一字段在两台设备上被改成不同的值</source>
        <translation>Conflicts: the same field changed differently on two devices</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="118"/>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="144"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="118"/>
        <source>现值（已采用）</source>
        <translation>Current value (in use)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="119"/>
        <source>另一设备的值</source>
        <translation>Other device&apos;s value</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="141"/>
        <source>未被接收的更改（其余更改已正常同步）</source>
        <translation>Refused changes (everything else was synced)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="144"/>
        <source>原因</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="144"/>
        <source>怎么办</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="155"/>
        <source>问题已解决，重新发送</source>
        <translation>Fixed: send again</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="156"/>
        <source>把所选记录（未选时为全部）的当前内容作为新的更改再发给区级</source>
        <translation>Send the current contents of the selected records (all when none is selected) to the district again</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="162"/>
        <source>隔离的数据包（设备尚未获批准，未导入也未丢弃）</source>
        <translation>Quarantined bundles (device not approved yet; neither applied nor dropped)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="167"/>
        <source>没有隔离的数据包</source>
        <translation>No quarantined bundles</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="185"/>
        <source>区级：</source>
        <translation>District: </translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="186"/>
        <source>尚未信任（把区级名片放进同步文件夹，或导入区级数据包）</source>
        <translation>not trusted yet (put the district card in the sync folder, or import a district bundle)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="187"/>
        <source>本机已获批准</source>
        <translation>this laptop is approved</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="187"/>
        <source>本机尚待区级批准</source>
        <translation>this laptop awaits district approval</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="190"/>
        <source>本机设备号 %1，密钥指纹 %2</source>
        <translation>this device %1, key fingerprint %2</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="193"/>
        <source>待对方确认的更改：%1</source>
        <translation>Changes not yet acknowledged: %1</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="196"/>
        <source>未被接收的更改：%1</source>
        <translation>Refused changes: %1</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="228"/>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="372"/>
        <source>U 盘：</source>
        <translation>USB stick: </translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="272"/>
        <source>查找同步位置时出错：</source>
        <translation>Could not look for the sync locations: </translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="297"/>
        <source>已重新登记被拒绝的记录，下次同步时发送</source>
        <translation>The refused records are queued again; they go with the next sync</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="320"/>
        <source>%1  拒收 %2：%3</source>
        <translation>%1  Rejected %2: %3</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="324"/>
        <source>文件：%1
大小：%2 字节
SHA-256：%3
发送设备：%4
同一文件再次被拒收时不重复记录。</source>
        <translation>File: %1
Size: %2 bytes
SHA-256: %3
Sending device: %4
The same file refused again is not recorded twice.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="367"/>
        <source>请先在列表中选择一个同步位置。</source>
        <translation>Select a sync location in the list first.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="373"/>
        <source>已移除同步位置 %1（其中的文件未删除）</source>
        <translation>Removed sync location %1 (its files were not deleted)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="440"/>
        <source>%1 条更改未被接收，其余已同步；原因和处理办法见右侧“未被接收的更改”</source>
        <translation>%1 changes were refused, the rest was synced; why and what to do: see Refused changes on the right</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="445"/>
        <source>已隔离 %1：%2</source>
        <translation>Quarantined %1: %2</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="420"/>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="488"/>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="493"/>
        <source>同步文件夹中有一张与已信任区局不同的区局名片。只有区局确实更换了密钥时才可替换，替换后本机须重新登记。</source>
        <translation>The sync folder holds a district card that differs from the trusted district. Replace it only if the district really changed its keys; this laptop then enrols again.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="495"/>
        <source>同步文件夹中有一张区局名片。</source>
        <translation>The sync folder holds a district card.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="496"/>
        <source>单位：%1
指纹：%2

请与区局公布的指纹逐组核对。确认信任该区局？</source>
        <translation>Unit: %1
Fingerprint: %2

Compare every group with the fingerprint the district office published. Trust this district?</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="498"/>
        <source>信任区局名片</source>
        <translation>Trust district card</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="499"/>
        <source>未信任文件夹中的区局名片：%1</source>
        <translation>District card in the folder not trusted: %1</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="506"/>
        <source>已信任区局：%1（指纹 %2）</source>
        <translation>District trusted: %1 (fingerprint %2)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="512"/>
        <source>没有已连接的同步位置：请插入 U 盘或添加文件夹，也可以用“导出数据包”。</source>
        <translation>No sync location is connected: plug in the USB stick or add a folder, or use “Export bundle”.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="542"/>
        <source>把数据包导出到</source>
        <translation>Export the bundle to</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="556"/>
        <source>已导出数据包 %1（%2 条更改，%3 个附件）</source>
        <translation>Exported bundle %1 (%2 changes, %3 attachments)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="559"/>
        <source>没有可导出的对象：尚无已批准的设备。</source>
        <translation>Nothing to export to: no approved devices yet.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="561"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="564"/>
        <source>选择数据包</source>
        <translation>Choose bundles</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="565"/>
        <source>数据包 (*.isb);;所有文件 (*)</source>
        <translation>Bundles (*.isb);;All files (*)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="582"/>
        <source>已导入</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="582"/>
        <source>以前已导入，未重复导入</source>
        <translation>already imported before; nothing changed</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="583"/>
        <source>已隔离（设备待批准）</source>
        <translation>quarantined (device awaiting approval)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="591"/>
        <source>，新操作 %1 条</source>
        <translation>, %1 new operations</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="593"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="600"/>
        <source>请先在表中选择一个冲突。</source>
        <translation>Select a conflict in the table first.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="230"/>
        <source>未连接</source>
        <translation>not connected</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="342"/>
        <source>选择同步文件夹</source>
        <translation>Choose sync folder</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="475"/>
        <source>同步失败：</source>
        <translation>Sync failed: </translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="435"/>
        <source>%1：导入 %2 个，导出 %3 个，拒收 %4 个</source>
        <translation>%1: imported %2, exported %3, rejected %4</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="230"/>
        <source>已连接</source>
        <translation>connected</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="72"/>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="236"/>
        <source>还没有同步位置。添加一个共享文件夹或 U 盘卷标后，连接时会自动同步。</source>
        <translation>No sync locations yet. Add a shared folder or a USB stick label; syncing then happens when it is connected.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="241"/>
        <source>区级</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="242"/>
        <source>与 %1 上次同步：%2</source>
        <translation>Last sync with %1: %2</translation>
    </message>
    <message>
        <source>没有</source>
        <translation type="vanished">None</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="303"/>
        <source>自动同步：每 %1 秒查看同步位置，连接时自动导入、导出。</source>
        <translation>Automatic sync: sync locations are checked every %1 s and synced when connected.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="307"/>
        <source>现在没有可用的同步位置。</source>
        <translation>No sync location is available now.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="331"/>
        <source>%1  导入数据包：来自 %2，操作 %3 条（新 %4），冲突 %5</source>
        <translation>%1  Imported bundle from %2: %3 operations (%4 new), %5 conflicts</translation>
    </message>
    <message>
        <source>还没有同步过。</source>
        <translation type="vanished">Never synced yet.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="380"/>
        <source>U 盘卷标</source>
        <translation>USB stick label</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="381"/>
        <source>U 盘的卷标（插入时按卷标识别，例如 INSPECT）：</source>
        <translation>The USB stick&apos;s volume label (recognised when plugged in, e.g. INSPECT):</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="401"/>
        <source>正在%1…</source>
        <translation>Working: %1…</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="413"/>
        <source>%1失败：%2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="449"/>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="588"/>
        <source>拒收 %1：%2</source>
        <translation>Rejected %1: %2</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="26"/>
        <source>今日</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="30"/>
        <source>进行中的检查（双击继续）</source>
        <translation>In progress (double-click)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="44"/>
        <source>同步状态</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="88"/>
        <source>今日 · {0}（{1}）</source>
        <translation>Today · {0} ({1})</translation>
    </message>
    <message>
        <source>没有进行中的检查</source>
        <translation type="vanished">No inspections in progress</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="40"/>
        <source>没有逾期隐患</source>
        <translation>No overdue hazards</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="31"/>
        <source>本周到期的复查（双击处理）</source>
        <translation>Re-inspections this week</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="32"/>
        <source>逾期隐患（按企业，双击查看）</source>
        <translation>Overdue, by enterprise</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="33"/>
        <source>待签名/签发的文书（双击打开）</source>
        <translation>To sign or issue</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="34"/>
        <source>计划检查（双随机等，双击开始）</source>
        <translation>Planned inspections (random draw etc.; double-click to start)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="96"/>
        <source>企业已报告整改完成</source>
        <translation>Enterprise reports rectification done</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="97"/>
        <location filename="../inspector_app/ui/pages/today.py" line="172"/>
        <source>期限 {0}</source>
        <translation>due {0}</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="39"/>
        <source>本周没有到期的复查</source>
        <translation>No re-inspections due this week</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="104"/>
        <source>{0}：逾期 {1} 条，最早期限 {2}</source>
        <translation>{0}: {1} overdue, earliest deadline {2}</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="106"/>
        <source>（含重大隐患 {0} 条）</source>
        <translation> ({0} major)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="111"/>
        <source>合计逾期 {0} 条</source>
        <translation>{0} overdue in total</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="113"/>
        <source>现场检查记录</source>
        <translation>Inspection record</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="113"/>
        <source>责令限期整改指令书</source>
        <translation>Rectification order</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="114"/>
        <source>限期整改意见书</source>
        <translation>Rectification opinion</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="114"/>
        <source>整改复查意见书</source>
        <translation>Re-inspection opinion</translation>
    </message>
    <message>
        <source>没有待签发的文书</source>
        <translation type="vanished">No documents waiting to be issued</translation>
    </message>
    <message>
        <source>尚未设置同步。</source>
        <translation type="vanished">Sync is not set up yet.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="129"/>
        <source>已信任区级：{0}</source>
        <translation>District trusted: {0}</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="130"/>
        <source>是</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="130"/>
        <source>否</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="127"/>
        <source>待发送的更改：{0}</source>
        <translation>Changes to send: {0}</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="37"/>
        <source>没有进行中的检查。按 Ctrl+N 开始检查</source>
        <translation>No inspections in progress. Press Ctrl+N to start one</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="38"/>
        <source>开始检查</source>
        <translation>start an inspection</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="41"/>
        <source>没有待签发的文书。完成检查后在“文书”页起草、签名、签发。</source>
        <translation>No documents waiting. After an inspection, draft, sign and issue them on the Documents page.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="42"/>
        <source>没有待做的计划检查。区级下发的双随机抽取和举报核查同步后列在这里。</source>
        <translation>No planned inspections. Random draws and complaint checks from the district appear here after a sync.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="123"/>
        <source>尚未设置同步。在“同步”页添加 U 盘或共享文件夹（F5）。</source>
        <translation>Sync is not set up. Add a USB stick or a shared folder on the Sync page (F5).</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="127"/>
        <source>冲突：{0}</source>
        <translation>Conflicts: {0}</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="132"/>
        <source>{0}：上次同步 {1}</source>
        <translation>{0}: last sync {1}</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="133"/>
        <source>从未</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="140"/>
        <source>未被接收的更改 {0} 条（其余已同步；详见“同步”页）：</source>
        <translation>{0} refused changes (the rest was synced; details on the Sync page):</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="163"/>
        <source>双随机</source>
        <translation>Random draw</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="163"/>
        <source>计划</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="163"/>
        <source>专项</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="164"/>
        <source>举报核查</source>
        <translation>Complaint check</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="164"/>
        <source>复查</source>
        <translation>Re-inspection</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="169"/>
        <source>（四不两直）</source>
        <translation> (unannounced)</translation>
    </message>
    <message>
        <source>没有待做的计划检查</source>
        <translation type="vanished">No planned inspections to do</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <location filename="../inspector_app/ui/unlock.py" line="27"/>
        <source>签章密码：</source>
        <translation>Signing password:</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/unlock.py" line="29"/>
        <source>区局密码（用于证书颁发机构与同步密钥）：</source>
        <translation>District password (for the CA and the sync keys):</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/unlock.py" line="31"/>
        <source>同步密钥密码（即签章密码）：</source>
        <translation>Sync key password (your signing password):</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/unlock.py" line="32"/>
        <source>解锁密钥</source>
        <translation>Unlock key</translation>
    </message>
</context>
<context>
    <name>UpgradeNotice</name>
    <message>
        <source>安全生产检查

正在升级数据库以适配新版本……
数据较多时需要几秒钟，请勿关闭。</source>
        <translation type="vanished">Work-Safety Inspection

Upgrading the database for this version…
With much data this takes a few seconds; please do not close the app.</translation>
    </message>
</context>
</TS>
