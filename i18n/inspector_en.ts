<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="15" />
        <source>检查员一</source>
        <translation>Inspector 1</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="16" />
        <source>检查员二</source>
        <translation>Inspector 2</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="17" />
        <source>企业负责人</source>
        <translation>Enterprise's person in charge</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="37" />
        <location filename="../inspector_app/ui/pages/documents.py" line="195" />
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="41" />
        <source>检查：</source>
        <translation>Inspection:</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="54" />
        <source>起草现场检查记录</source>
        <translation>Draft inspection record</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="54" />
        <source>起草整改文书</source>
        <translation>Draft rectification notice</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="55" />
        <source>检查员一签名</source>
        <translation>Inspector 1 signs</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="55" />
        <source>检查员二签名</source>
        <translation>Inspector 2 signs</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="56" />
        <source>企业负责人签名/拒签</source>
        <translation>Enterprise signs / refuses</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="56" />
        <location filename="../inspector_app/ui/pages/documents.py" line="218" />
        <source>签发</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="57" />
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="57" />
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="58" />
        <location filename="../inspector_app/ui/pages/documents.py" line="224" />
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="58" />
        <source>重新出具</source>
        <translation>Reissue</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="90" />
        <source>文书模块尚未安装：暂不能起草、签名或签发文书。</source>
        <translation>The documents module is not installed: documents cannot be drafted, signed or issued yet.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="102" />
        <source>现场检查记录</source>
        <translation>Inspection record</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="102" />
        <source>责令限期整改指令书</source>
        <translation>Rectification order</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="103" />
        <source>隐患整改意见书</source>
        <translation>Rectification opinion</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="103" />
        <source>整改复查意见书</source>
        <translation>Re-inspection opinion</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="104" />
        <source>草稿</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="104" />
        <source>已签发</source>
        <translation>issued</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="104" />
        <source>已作废</source>
        <translation>voided</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="153" />
        <source>正在生成预览…</source>
        <translation>Rendering preview…</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="195" />
        <source>本次检查没有登记隐患，无需整改文书。</source>
        <translation>No hazards were registered in this inspection; no notice is needed.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="218" />
        <source>签章密码：</source>
        <translation>Signing password:</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="224" />
        <source>作废原因：</source>
        <translation>Reason for voiding:</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/documents.py" line="233" />
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
</context>
<context>
    <name>EnterpriseDetail</name>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="195" />
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="195" />
        <source>所属乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="196" />
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="196" />
        <source>负责人</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="197" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="197" />
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="198" />
        <source>风险标签</source>
        <translation>Risk tags</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="203" />
        <source>检查记录</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="204" />
        <source>进行中</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="204" />
        <source>已完成</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="204" />
        <source>已取消</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="211" />
        <source>待下达</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="211" />
        <source>整改中</source>
        <translation>being rectified</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="212" />
        <source>待复查</source>
        <translation>Awaiting re-inspection</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="212" />
        <source>已销号</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="213" />
        <source>隐患</source>
        <translation>Hazards</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="215" />
        <source>【重大】</source>
        <translation>[MAJOR] </translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="219" />
        <source>有限空间台账</source>
        <translation>Confined spaces</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="220" />
        <source>高处作业项目台账</source>
        <translation>Work-at-height projects</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="221" />
        <source>相关方（承包商）台账</source>
        <translation>Contractors</translation>
    </message>
</context>
<context>
    <name>EnterpriseDialog</name>
    <message>
        <location filename="../inspector_app/ui/dialogs/enterprise_form.py" line="37" />
        <source>编辑企业</source>
        <translation>Edit enterprise</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/enterprise_form.py" line="37" />
        <source>新增企业</source>
        <translation>Add enterprise</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/enterprise_form.py" line="44" />
        <source>企业名称</source>
        <translation>Enterprise name</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/enterprise_form.py" line="44" />
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/enterprise_form.py" line="44" />
        <source>所属乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/enterprise_form.py" line="45" />
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/enterprise_form.py" line="45" />
        <source>主要负责人</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/enterprise_form.py" line="45" />
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/enterprise_form.py" line="46" />
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/enterprise_form.py" line="46" />
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/enterprise_form.py" line="47" />
        <source>风险标签（用顿号或逗号分隔）</source>
        <translation>Risk tags (separated by 、 or commas)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/enterprise_form.py" line="67" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/enterprise_form.py" line="68" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EnterpriseModel</name>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="27" />
        <source>企业名称</source>
        <translation>Enterprise name</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="27" />
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="27" />
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="27" />
        <source>负责人</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="28" />
        <source>风险标签</source>
        <translation>Risk tags</translation>
    </message>
</context>
<context>
    <name>EnterprisesPage</name>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="80" />
        <source>企业</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="82" />
        <source>搜索名称、信用代码、地址或负责人</source>
        <translation>Search name, credit code, address or person in charge</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="87" />
        <source>新增企业</source>
        <translation>Add enterprise</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="109" />
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="110" />
        <source>开始检查</source>
        <translation>Start inspection</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="142" />
        <source>全部乡镇</source>
        <translation>All townships</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/enterprises.py" line="143" />
        <source>全部风险标签</source>
        <translation>All risk tags</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../inspector_app/ui/errors.py" line="41" />
        <source>（未配置日志文件）</source>
        <translation>(no log file configured)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/errors.py" line="42" />
        <source>发生了意外错误，操作没有完成。
详细信息已写入日志：{}</source>
        <translation>An unexpected error occurred; the operation was not completed.
Details were written to the log: {}</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/errors.py" line="47" />
        <source>出错了</source>
        <translation>Something went wrong</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../inspector_app/ui/dialogs/first_start.py" line="13" />
        <source>欢迎使用安全生产检查</source>
        <translation>Welcome to Work-Safety Inspection</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/first_start.py" line="15" />
        <source>第一次使用，请填写您的信息。这些信息会印在检查文书上，以后可在“设置”中修改。</source>
        <translation>First start: please enter your details. They are printed on the documents and can be changed later in Settings.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/first_start.py" line="21" />
        <source>开始使用</source>
        <translation>Get started</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/first_start.py" line="22" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>HazardActionsDialog</name>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="15" />
        <source>发现</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="15" />
        <source>当场整改销号</source>
        <translation>Fixed on site (closed)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="15" />
        <source>下达整改通知</source>
        <translation>Rectification notice issued</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="16" />
        <source>申请延期</source>
        <translation>Extension requested</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="16" />
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="99" />
        <source>批准延期</source>
        <translation>Extension approved</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="16" />
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="100" />
        <source>驳回延期</source>
        <translation>Extension rejected</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="17" />
        <source>企业报告整改完成</source>
        <translation>Enterprise reported completion</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="17" />
        <source>复查合格（销号）</source>
        <translation>Re-inspection passed (closed)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="18" />
        <source>复查不合格</source>
        <translation>Re-inspection failed</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="18" />
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="110" />
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="112" />
        <source>挂牌督办</source>
        <translation>Listed supervision</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="18" />
        <source>督办进展</source>
        <translation>Supervision progress</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="19" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="36" />
        <source>隐患处理</source>
        <translation>Hazard actions</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="72" />
        <source>整改完成报告</source>
        <translation>Completion report</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="72" />
        <source>记录完成报告</source>
        <translation>Record completion report</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="76" />
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="77" />
        <source>完成日期</source>
        <translation>Completion date</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="78" />
        <source>整改措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="79" />
        <source>整改资金（元）</source>
        <translation>Money spent (yuan)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="83" />
        <source>复查</source>
        <translation>Re-inspection</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="83" />
        <source>记录复查结果</source>
        <translation>Record re-inspection result</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="85" />
        <source>合格（销号）</source>
        <translation>Passed (close)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="86" />
        <source>不合格</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="88" />
        <source>不合格时填写新的整改期限 YYYY-MM-DD</source>
        <translation>New deadline if failed, YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="90" />
        <source>复查结论</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="91" />
        <source>新整改期限</source>
        <translation>New deadline</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="92" />
        <source>复查意见</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="96" />
        <source>延期</source>
        <translation>Extension</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="96" />
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="98" />
        <source>企业申请延期</source>
        <translation>Enterprise requests extension</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="104" />
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="124" />
        <source>事项</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="105" />
        <source>延期至</source>
        <translation>Extend to</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="106" />
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="110" />
        <source>记录督办</source>
        <translation>Record supervision</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="113" />
        <source>督办进展报告</source>
        <translation>Supervision progress report</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="115" />
        <source>区级</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="115" />
        <source>市级</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="115" />
        <source>省级</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="124" />
        <source>督办级别</source>
        <translation>Supervision level</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="125" />
        <source>督办单位</source>
        <translation>Supervising unit</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="125" />
        <source>督办文号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="126" />
        <source>督办期限</source>
        <translation>Supervision deadline</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="127" />
        <source>治理方案备案日期</source>
        <translation>Governance plan filed on</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="128" />
        <source>进展情况</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="136" />
        <source>未整改</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="136" />
        <source>整改中</source>
        <translation>being rectified</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="137" />
        <source>待复查</source>
        <translation>Awaiting re-inspection</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="137" />
        <source>已销号</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="138" />
        <source>状态：</source>
        <translation>State: </translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="139" />
        <source>整改期限：</source>
        <translation>Deadline: </translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="162" />
        <source>完成日期格式应为 YYYY-MM-DD</source>
        <translation>Completion date must be YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="164" />
        <source>请填写整改措施</source>
        <translation>Enter the measures taken</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="169" />
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="171" />
        <source>整改资金应为数字</source>
        <translation>Money spent must be a non-negative number</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="179" />
        <source>复查不合格时须填写今天以后的新整改期限（YYYY-MM-DD）</source>
        <translation>A failed re-inspection needs a new deadline after today (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="191" />
        <source>请填写延期后的期限（YYYY-MM-DD）</source>
        <translation>Enter the extended deadline (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="194" />
        <source>请填写延期理由</source>
        <translation>Enter the reason for the extension</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="201" />
        <source>请填写进展情况</source>
        <translation>Enter the progress</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="204" />
        <source>请填写督办单位</source>
        <translation>Enter the supervising unit</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="206" />
        <source>请填写督办文号</source>
        <translation>Enter the document number</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="208" />
        <source>督办期限格式应为 YYYY-MM-DD</source>
        <translation>Supervision deadline must be YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazard_actions.py" line="211" />
        <source>备案日期格式应为 YYYY-MM-DD</source>
        <translation>Filing date must be YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>HazardReviewDialog</name>
    <message>
        <location filename="../inspector_app/ui/dialogs/hazard_review.py" line="22" />
        <source>确认隐患</source>
        <translation>Confirm hazards</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/hazard_review.py" line="25" />
        <source>以下隐患由“不符合”项生成。可直接修改，合并相同的，删除不需要的，或添加其他发现。</source>
        <translation>These hazards come from the failed items. Edit them, merge duplicates, delete what is not needed, or add other findings.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/hazard_review.py" line="27" />
        <source>隐患描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/hazard_review.py" line="27" />
        <source>部位</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/hazard_review.py" line="27" />
        <source>等级</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/hazard_review.py" line="27" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/hazard_review.py" line="28" />
        <source>整改措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/hazard_review.py" line="28" />
        <source>整改期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/hazard_review.py" line="28" />
        <source>依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/hazard_review.py" line="35" />
        <source>添加其他发现</source>
        <translation>Add other finding</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/hazard_review.py" line="36" />
        <source>合并所选</source>
        <translation>Merge selected</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/hazard_review.py" line="37" />
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/hazard_review.py" line="47" />
        <source>登记隐患</source>
        <translation>Register hazards</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/hazard_review.py" line="48" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/hazard_review.py" line="64" />
        <source>一般隐患</source>
        <translation>General hazard</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/hazard_review.py" line="65" />
        <source>重大隐患</source>
        <translation>Major hazard</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/hazard_review.py" line="125" />
        <source>第 {0} 行：隐患描述不能为空</source>
        <translation>Row {0}: a description is required</translation>
    </message>
</context>
<context>
    <name>HazardsPage</name>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="103" />
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="103" />
        <source>未销号</source>
        <translation>Not closed</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="104" />
        <source>未整改</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="104" />
        <source>整改中</source>
        <translation>being rectified</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="105" />
        <source>待复查</source>
        <translation>Awaiting re-inspection</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="105" />
        <source>已销号</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="108" />
        <source>全部等级</source>
        <translation>All severities</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="108" />
        <source>一般</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="108" />
        <source>重大</source>
        <translation>Major</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="112" />
        <source>仅逾期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="114" />
        <source>发现日期起 YYYY-MM-DD</source>
        <translation>Found from YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="116" />
        <source>发现日期止 YYYY-MM-DD</source>
        <translation>Found until YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="118" />
        <source>编号或描述</source>
        <translation>Number or description</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="140" />
        <source>导出 CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="141" />
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="144" />
        <source>导出 PDF 台账…</source>
        <translation>Export PDF ledger…</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="160" />
        <source>全部乡镇</source>
        <translation>All townships</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="161" />
        <source>全部专项</source>
        <translation>All campaigns</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="186" />
        <source>共 %1 条：未整改 %2，整改中 %3，待复查 %4，已销号 %5，逾期 %6，重大 %7</source>
        <translation>%1 in total: open %2, awaiting rectification %3, awaiting re-inspection %4, closed %5, overdue %6, major %7</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="200" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="200" />
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="201" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="202" />
        <source>导出隐患台账</source>
        <translation>Export hazard ledger</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="212" />
        <source>已导出：</source>
        <translation>Exported: </translation>
    </message>
</context>
<context>
    <name>InspectionPage</name>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="38" />
        <location filename="../inspector_app/ui/pages/inspection.py" line="436" />
        <location filename="../inspector_app/ui/pages/inspection.py" line="448" />
        <source>检查</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="49" />
        <source>开始新的检查</source>
        <translation>Start a new inspection</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="64" />
        <source>开始检查</source>
        <translation>Start inspection</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="68" />
        <source>被检查企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="69" />
        <source>第二检查员</source>
        <translation>Second inspector</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="70" />
        <source>第二检查员证号</source>
        <translation>Second inspector's certificate</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="71" />
        <source>检查场所</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="72" />
        <source>检查表（按风险标签推荐）</source>
        <translation>Checklists (suggested by risk tags)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="77" />
        <source>进行中的检查（双击继续）</source>
        <translation>Inspections in progress (double-click to continue)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="113" />
        <source>检查表模块尚未安装，只能记录检查，不能逐项检查。</source>
        <translation>The checklist module is not installed: inspections can be recorded but not answered item by item.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="130" />
        <source>请从列表中选择企业</source>
        <translation>Choose an enterprise from the list</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="152" />
        <source>完成检查，生成隐患</source>
        <translation>Finish and list hazards</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="155" />
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="175" />
        <source>1 符合</source>
        <translation>1 Complies</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="175" />
        <source>2 不符合</source>
        <translation>2 Fails</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="176" />
        <source>3 不适用</source>
        <translation>3 Not applicable</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="192" />
        <source>备注（现场情况、具体部位）</source>
        <translation>Notes (what you saw, exact place)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="204" />
        <source>上一项</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="205" />
        <source>下一项（Enter）</source>
        <translation>Next (Enter)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="245" />
        <source>检查：{0}</source>
        <translation>Inspection: {0}</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="289" />
        <source>本次检查没有检查表。</source>
        <translation>This inspection has no checklist.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="368" />
        <source>读数须为数字</source>
        <translation>Readings must be numbers</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="375" />
        <source>读数超出限值：不符合</source>
        <translation>Reading out of limits: fails</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="378" />
        <source>读数在限值内：符合</source>
        <translation>Reading within limits: complies</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/inspection.py" line="448" />
        <source>已登记 {0} 条隐患。可在“文书”中出具文书。</source>
        <translation>{0} hazards registered. Issue the documents on the Documents page.</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="26" />
        <source>隐患编号</source>
        <translation>Hazard no.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="26" />
        <source>发现日期</source>
        <translation>Found on</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="26" />
        <source>乡镇（街道）</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="26" />
        <source>企业</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="27" />
        <source>隐患描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="27" />
        <source>等级</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="27" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="27" />
        <source>整改期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="28" />
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="72" />
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="28" />
        <source>专项</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="28" />
        <source>销号日期</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="29" />
        <source>未整改</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="29" />
        <source>整改中</source>
        <translation>being rectified</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="30" />
        <source>待复查</source>
        <translation>Awaiting re-inspection</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="30" />
        <source>已销号</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="31" />
        <source>一般</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/hazards_ledger.py" line="31" />
        <source>重大</source>
        <translation>Major</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../inspector_app/ui/main_window.py" line="44" />
        <source>安全生产检查</source>
        <translation>Work-Safety Inspection</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../inspector_app/ui/main_window.py" line="30" />
        <source>今日</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/main_window.py" line="30" />
        <source>企业</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/main_window.py" line="31" />
        <source>检查</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/main_window.py" line="31" />
        <source>隐患台账</source>
        <translation>Hazard ledger</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/main_window.py" line="32" />
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/main_window.py" line="32" />
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/main_window.py" line="33" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/main_window.py" line="33" />
        <source>区级工作台</source>
        <translation>District desk</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../inspector_app/ui/widgets/photos.py" line="25" />
        <source>把照片拖到这里；双击放大</source>
        <translation>Drop photos here; double-click to enlarge</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/photos.py" line="27" />
        <source>添加照片…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/photos.py" line="45" />
        <source>选择照片</source>
        <translation>Choose photos</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/photos.py" line="46" />
        <source>图片 (*.jpg *.jpeg *.png *.heic *.bmp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.heic *.bmp)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/photos.py" line="64" />
        <source>照片</source>
        <translation>Photo</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="24" />
        <source>乡镇检查员</source>
        <translation>Township inspector</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="25" />
        <source>区级（汇总、审批）</source>
        <translation>District (summary, approvals)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="27" />
        <source>乡镇应急管理办公室（无执法权：整改意见书）</source>
        <translation>Township emergency office (no enforcement power: rectification opinion)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="28" />
        <source>执法单位（责令限期整改指令书）</source>
        <translation>Enforcement unit (rectification order)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="32" />
        <source>执法单位：复议机关与诉讼法院；乡镇：逾期未整改时的移送说明</source>
        <translation>Enforcement unit: review body and court; township: the escalation sentence for overdue hazards</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="35" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="35" />
        <source>执法证/检查证号</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="36" />
        <source>单位名称</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="36" />
        <source>乡镇/街道</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="37" />
        <source>区/县</source>
        <translation>District/county</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="37" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="38" />
        <source>单位类型</source>
        <translation>Kind of unit</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="39" />
        <source>文书编号格式</source>
        <translation>Document number pattern</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/dialogs/profile_form.py" line="40" />
        <source>复议/移送说明</source>
        <translation>Appeal bodies / escalation</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="24" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="31" />
        <source>用户与单位</source>
        <translation>User and unit</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="35" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="44" />
        <location filename="../inspector_app/ui/pages/settings.py" line="90" />
        <source>签章密钥</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="51" />
        <source>创建签章密钥</source>
        <translation>Create signing key</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="52" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="53" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="54" />
        <source>再次输入密码</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="59" />
        <source>语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="66" />
        <source>重新启动后生效</source>
        <translation>Takes effect after a restart</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="75" />
        <source>文书签章模块尚未安装</source>
        <translation>The document signing module is not installed</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="82" />
        <source>已创建</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="82" />
        <source>尚未创建</source>
        <translation>Not created yet</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="86" />
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/settings.py" line="90" />
        <source>两次输入的密码须一致且不少于 6 位。</source>
        <translation>The two passwords must match and have at least 6 characters.</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../inspector_app/ui/widgets/signature_pad.py" line="126" />
        <source>签名：{0}</source>
        <translation>Signature: {0}</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/signature_pad.py" line="128" />
        <source>请在下方框内签名（鼠标、手写笔或手指）。</source>
        <translation>Sign in the box below (mouse, pen or finger).</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/signature_pad.py" line="132" />
        <source>清除</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/signature_pad.py" line="132" />
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/signature_pad.py" line="133" />
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/signature_pad.py" line="140" />
        <source>拒签（由见证人签名）</source>
        <translation>Refused to sign (a witness signs)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/signature_pad.py" line="142" />
        <source>见证人姓名</source>
        <translation>Witness name</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/signature_pad.py" line="152" />
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/signature_pad.py" line="153" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/signature_pad.py" line="162" />
        <source>拒签时须填写见证人姓名</source>
        <translation>A refusal needs the witness's name</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/widgets/signature_pad.py" line="165" />
        <source>请先签名</source>
        <translation>Please sign first</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="28" />
        <source>同步位置（文件夹或 U 盘卷标）</source>
        <translation>Sync locations (folders or USB volume labels)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="33" />
        <source>添加文件夹…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="34" />
        <source>立即同步</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="41" />
        <source>同步记录</source>
        <translation>Sync history</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="44" />
        <source>冲突（左：现值，右：另一设备的值）</source>
        <translation>Conflicts (left: current value, right: the other device's value)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="46" />
        <source>表</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="46" />
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="46" />
        <source>现值</source>
        <translation>Current value</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="46" />
        <source>另一值</source>
        <translation>Other value</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="54" />
        <source>保留现值</source>
        <translation>Keep current</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="55" />
        <source>采用另一值</source>
        <translation>Use other value</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="62" />
        <source>隔离的数据包</source>
        <translation>Quarantined bundles</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="66" />
        <source>设备（区级审批）</source>
        <translation>Devices (district approval)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="72" />
        <source>批准设备</source>
        <translation>Approve device</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="73" />
        <source>吊销设备</source>
        <translation>Revoke device</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="88" />
        <source>已信任区级：</source>
        <translation>District trusted: </translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="88" />
        <source>否</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="89" />
        <source>待发送：%1</source>
        <translation>To send: %1</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="90" />
        <source>冲突：%1</source>
        <translation>Conflicts: %1</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="91" />
        <source>隔离的数据包：%1</source>
        <translation>Quarantined bundles: %1</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="93" />
        <source>%1 上次同步 %2</source>
        <translation>%1 last synced %2</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="94" />
        <source>从未</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="95" />
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="100" />
        <source>U 盘：</source>
        <translation>USB stick: </translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="102" />
        <source>可用</source>
        <translation>available</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="102" />
        <source>未连接</source>
        <translation>not connected</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="119" />
        <source>待审批</source>
        <translation>awaiting approval</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="119" />
        <source>已批准</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="119" />
        <source>已吊销</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="127" />
        <source>选择同步文件夹</source>
        <translation>Choose sync folder</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="140" />
        <source>同步失败：</source>
        <translation>Sync failed: </translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="142" />
        <source>%1：导入 %2 个，导出 %3 个，拒收 %4 个</source>
        <translation>%1: imported %2, exported %3, rejected %4</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="146" />
        <source>拒收 %1：%2</source>
        <translation>Rejected %1: %2</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/sync_page.py" line="176" />
        <source>已批准设备 %1</source>
        <translation>Approved device %1</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="21" />
        <source>今日</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="25" />
        <source>进行中的检查（双击继续）</source>
        <translation>Inspections in progress (double-click to continue)</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="26" />
        <source>逾期未整改的隐患</source>
        <translation>Overdue hazards</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="27" />
        <source>待复查</source>
        <translation>Awaiting re-inspection</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="28" />
        <source>同步状态</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="76" />
        <source>今日 · {0}（{1}）</source>
        <translation>Today · {0} ({1})</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="83" />
        <source>没有进行中的检查</source>
        <translation>No inspections in progress</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="86" />
        <source>{0}：{1}（期限 {2}）</source>
        <translation>{0}: {1} (due {2})</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="91" />
        <source>……共 {0} 条</source>
        <translation>… {0} in total</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="93" />
        <source>没有逾期隐患</source>
        <translation>No overdue hazards</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="100" />
        <source>没有待复查的隐患</source>
        <translation>No hazards awaiting re-inspection</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="103" />
        <source>尚未设置同步。</source>
        <translation>Sync is not set up yet.</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="105" />
        <source>已信任区级：{0}</source>
        <translation>District trusted: {0}</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="105" />
        <source>是</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="105" />
        <source>否</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="106" />
        <source>待发送的更改：{0}</source>
        <translation>Changes to send: {0}</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="107" />
        <source>冲突：{0}</source>
        <translation>Conflicts: {0}</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="109" />
        <source>{0}：上次同步 {1}</source>
        <translation>{0}: last sync {1}</translation>
    </message>
    <message>
        <location filename="../inspector_app/ui/pages/today.py" line="110" />
        <source>从未</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>UnavailablePage</name>
    <message>
        <location filename="../inspector_app/ui/pages/base.py" line="57" />
        <source>此功能尚未就绪。</source>
        <translation>This feature is not available yet.</translation>
    </message>
</context>
</TS>