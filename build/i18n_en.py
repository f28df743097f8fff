"""English for the GUI's Chinese source strings (used by build/i18n.py to fill inspector_en.ts)."""

EN = {
    # Navigation and window
    "安全生产检查": "Work-Safety Inspection", "今日": "Today", "企业": "Enterprises", "检查": "Inspection",
    "隐患台账": "Hazard ledger", "文书": "Documents", "同步": "Sync", "设置": "Settings",
    "区级工作台": "District desk", "此功能尚未就绪。": "This feature is not available yet.",
    # Enterprises
    "统一社会信用代码": "Unified social credit code", "所属乡镇": "Township", "地址": "Address",
    "负责人": "Person in charge", "电话": "Phone", "行业": "Industry", "风险标签": "Risk tags",
    "进行中": "in progress", "已完成": "completed", "已取消": "cancelled", "待下达": "open",
    "整改中": "being rectified", "待复查": "Awaiting re-inspection", "已销号": "closed", "【重大】": "[MAJOR] ",
    "有限空间台账": "Confined spaces", "高处作业项目台账": "Work-at-height projects",
    "相关方（承包商）台账": "Contractors", "检查记录": "Inspections", "隐患": "Hazards",
    "编辑企业": "Edit enterprise", "新增企业": "Add enterprise", "企业名称": "Enterprise name",
    "主要负责人": "Principal", "职务": "Title", "联系电话": "Phone",
    "风险标签（用顿号或逗号分隔）": "Risk tags (separated by 、 or commas)", "保存": "Save", "取消": "Cancel",
    "搜索名称、信用代码、地址或负责人": "Search name, credit code, address or person in charge",
    "编辑": "Edit", "开始检查": "Start inspection", "全部乡镇": "All townships", "全部风险标签": "All risk tags",
    # Errors
    "（未配置日志文件）": "(no log file configured)",
    "发生了意外错误，操作没有完成。\n详细信息已写入日志：{}":
        "An unexpected error occurred; the operation was not completed.\nDetails were written to the log: {}",
    "出错了": "Something went wrong",
    # First start and profile
    "欢迎使用安全生产检查": "Welcome to Work-Safety Inspection",
    "第一次使用，请填写您的信息。这些信息会印在检查文书上，以后可在“设置”中修改。":
        "First start: please enter your details. They are printed on the documents and can be changed later "
        "in Settings.",
    "开始使用": "Get started", "退出": "Quit", "乡镇检查员": "Township inspector",
    "区级（汇总、审批）": "District (summary, approvals)",
    "乡镇应急管理办公室（无执法权：整改意见书）":
        "Township emergency office (no enforcement power: rectification opinion)",
    "执法单位（责令限期整改指令书）": "Enforcement unit (rectification order)",
    "执法单位：复议机关与诉讼法院；乡镇：逾期未整改时的移送说明":
        "Enforcement unit: review body and court; township: the escalation sentence for overdue hazards",
    "姓名": "Name", "执法证/检查证号": "Certificate no.", "单位名称": "Unit", "乡镇/街道": "Township",
    "区/县": "District/county", "角色": "Role", "单位类型": "Kind of unit", "文书编号格式": "Document number pattern",
    "复议/移送说明": "Appeal bodies / escalation", "用户与单位": "User and unit", "签章密钥": "Signing key",
    "创建签章密钥": "Create signing key", "状态": "Status", "密码": "Password", "再次输入密码": "Repeat password",
    "语言": "Language", "重新启动后生效": "Takes effect after a restart",
    "文书签章模块尚未安装": "The document signing module is not installed", "已创建": "Created",
    "尚未创建": "Not created yet", "已保存": "Saved",
    "两次输入的密码须一致且不少于 8 位。": "The two passwords must match and have at least 8 characters.",
    # Hazard review
    "确认隐患": "Confirm hazards",
    "以下隐患由“不符合”项生成。可直接修改，合并相同的，删除不需要的，或添加其他发现。":
        "These hazards come from the failed items. Edit them, merge duplicates, delete what is not needed, "
        "or add other findings.",
    "隐患描述": "Description", "部位": "Place", "等级": "Severity", "类别": "Category", "整改措施": "Measure",
    "整改期限": "Deadline", "依据": "Legal basis", "添加其他发现": "Add other finding", "合并所选": "Merge selected",
    "删除所选": "Delete selected", "登记隐患": "Register hazards", "一般隐患": "General hazard",
    "重大隐患": "Major hazard", "第 {0} 行：隐患描述不能为空": "Row {0}: a description is required",
    # Inspection
    "开始新的检查": "Start a new inspection", "被检查企业": "Enterprise", "第二检查员": "Second inspector",
    "第二检查员证号": "Second inspector's certificate", "检查场所": "Place",
    "检查表（按风险标签推荐）": "Checklists (suggested by risk tags)",
    "进行中的检查（双击继续）": "Inspections in progress (double-click to continue)",
    "检查表模块尚未安装，只能记录检查，不能逐项检查。":
        "The checklist module is not installed: inspections can be recorded but not answered item by item.",
    "请从列表中选择企业": "Choose an enterprise from the list", "完成检查，生成隐患": "Finish and list hazards",
    "返回": "Back", "1 符合": "1 Complies", "2 不符合": "2 Fails", "3 不适用": "3 Not applicable",
    "备注（现场情况、具体部位）": "Notes (what you saw, exact place)", "上一项": "Previous",
    "下一项（Enter）": "Next (Enter)", "检查：{0}": "Inspection: {0}", "本次检查没有检查表。":
        "This inspection has no checklist.", "读数须为数字": "Readings must be numbers",
    "读数超出限值：不符合": "Reading out of limits: fails", "读数在限值内：符合": "Reading within limits: complies",
    "已登记 {0} 条隐患。可在“文书”中出具文书。":
        "{0} hazards registered. Issue the documents on the Documents page.",
    # Photos
    "把照片拖到这里；双击放大": "Drop photos here; double-click to enlarge", "添加照片…": "Add photos…",
    "选择照片": "Choose photos", "图片 (*.jpg *.jpeg *.png *.heic *.bmp)": "Images (*.jpg *.jpeg *.png *.heic *.bmp)",
    "照片": "Photo",
    # Documents
    "检查员一": "Inspector 1", "检查员二": "Inspector 2", "企业负责人": "Enterprise's person in charge",
    "检查：": "Inspection:", "起草现场检查记录": "Draft inspection record", "起草整改文书": "Draft rectification notice",
    "检查员一签名": "Inspector 1 signs", "检查员二签名": "Inspector 2 signs",
    "企业负责人签名/拒签": "Enterprise signs / refuses", "签发": "Issue", "打印…": "Print…",
    "另存为 PDF…": "Save as PDF…", "作废": "Void", "重新出具": "Reissue",
    "文书模块尚未安装：暂不能起草、签名或签发文书。":
        "The documents module is not installed: documents cannot be drafted, signed or issued yet.",
    "现场检查记录": "Inspection record", "责令限期整改指令书": "Rectification order",
    "隐患整改意见书": "Rectification opinion", "整改复查意见书": "Re-inspection opinion", "草稿": "draft",
    "已签发": "issued", "已作废": "voided", "正在生成预览…": "Rendering preview…",
    "本次检查没有登记隐患，无需整改文书。": "No hazards were registered in this inspection; no notice is needed.",
    "签章密码：": "Signing password:", "作废原因：": "Reason for voiding:", "另存为 PDF": "Save as PDF",
    # Signature
    "签名：{0}": "Signature: {0}", "请在下方框内签名（鼠标、手写笔或手指）。":
        "Sign in the box below (mouse, pen or finger).", "清除": "Clear", "撤销": "Undo", "重做": "Redo",
    "拒签（由见证人签名）": "Refused to sign (a witness signs)", "见证人姓名": "Witness name", "确定": "OK",
    "拒签时须填写见证人姓名": "A refusal needs the witness's name", "请先签名": "Please sign first",
    # Today
    "逾期未整改的隐患": "Overdue hazards", "同步状态": "Sync status", "今日 · {0}（{1}）": "Today · {0} ({1})",
    "没有进行中的检查": "No inspections in progress", "{0}：{1}（期限 {2}）": "{0}: {1} (due {2})",
    "……共 {0} 条": "… {0} in total", "没有逾期隐患": "No overdue hazards", "没有待复查的隐患":
        "No hazards awaiting re-inspection", "尚未设置同步。": "Sync is not set up yet.",
    "已信任区级：{0}": "District trusted: {0}", "是": "yes", "否": "no", "待发送的更改：{0}": "Changes to send: {0}",
    "冲突：{0}": "Conflicts: {0}", "{0}：上次同步 {1}": "{0}: last sync {1}", "从未": "never",
    # Hazard ledger and hazard actions (GUI part 2)
    "发现": "Found", "当场整改销号": "Fixed on site (closed)", "下达整改通知": "Rectification notice issued",
    "申请延期": "Extension requested", "批准延期": "Extension approved", "驳回延期": "Extension rejected",
    "企业报告整改完成": "Enterprise reported completion", "复查合格（销号）": "Re-inspection passed (closed)",
    "复查不合格": "Re-inspection failed", "挂牌督办": "Listed supervision", "督办进展": "Supervision progress",
    "备注": "Note", "隐患处理": "Hazard actions", "整改完成报告": "Completion report",
    "记录完成报告": "Record completion report", "元": "yuan", "完成日期": "Completion date",
    "整改资金（元）": "Money spent (yuan)", "复查": "Re-inspection", "记录复查结果": "Record re-inspection result",
    "合格（销号）": "Passed (close)", "不合格": "Failed",
    "不合格时填写新的整改期限 YYYY-MM-DD": "New deadline if failed, YYYY-MM-DD", "复查结论": "Result",
    "新整改期限": "New deadline", "复查意见": "Opinion", "延期": "Extension", "记录": "Record",
    "企业申请延期": "Enterprise requests extension", "事项": "Action", "延期至": "Extend to", "理由": "Reason",
    "记录督办": "Record supervision", "督办进展报告": "Supervision progress report", "区级": "District",
    "市级": "City", "省级": "Province", "督办级别": "Supervision level", "督办单位": "Supervising unit",
    "督办文号": "Document number", "督办期限": "Supervision deadline",
    "治理方案备案日期": "Governance plan filed on", "进展情况": "Progress", "未整改": "Open",
    "状态：": "State: ", "整改期限：": "Deadline: ", "完成日期格式应为 YYYY-MM-DD": "Completion date must be YYYY-MM-DD",
    "请填写整改措施": "Enter the measures taken", "整改资金应为数字": "Money spent must be a non-negative number",
    "复查不合格时须填写今天以后的新整改期限（YYYY-MM-DD）":
        "A failed re-inspection needs a new deadline after today (YYYY-MM-DD)",
    "请填写延期后的期限（YYYY-MM-DD）": "Enter the extended deadline (YYYY-MM-DD)",
    "请填写延期理由": "Enter the reason for the extension", "请填写进展情况": "Enter the progress",
    "请填写督办单位": "Enter the supervising unit", "请填写督办文号": "Enter the document number",
    "督办期限格式应为 YYYY-MM-DD": "Supervision deadline must be YYYY-MM-DD",
    "备案日期格式应为 YYYY-MM-DD": "Filing date must be YYYY-MM-DD", "全部状态": "All states",
    "未销号": "Not closed", "全部等级": "All severities", "一般": "General", "重大": "Major",
    "仅逾期": "Overdue only", "发现日期起 YYYY-MM-DD": "Found from YYYY-MM-DD",
    "发现日期止 YYYY-MM-DD": "Found until YYYY-MM-DD", "编号或描述": "Number or description",
    "导出 CSV…": "Export CSV…", "导出 Excel…": "Export Excel…", "全部专项": "All campaigns",
    "共 %1 条：未整改 %2，整改中 %3，待复查 %4，已销号 %5，逾期 %6，重大 %7":
        "%1 in total: open %2, awaiting rectification %3, awaiting re-inspection %4, closed %5, overdue %6, major %7",
    "Excel 工作簿 (*.xlsx)": "Excel workbook (*.xlsx)", "CSV 文件 (*.csv)": "CSV file (*.csv)",
    "导出隐患台账": "Export hazard ledger", "已导出：": "Exported: ", "隐患编号": "Hazard no.",
    "发现日期": "Found on", "乡镇（街道）": "Township", "逾期": "Overdue", "专项": "Campaign",
    "销号日期": "Closed on", "导出 PDF 台账…": "Export PDF ledger…", "PDF 文件 (*.pdf)": "PDF file (*.pdf)",
    # Sync page (GUI part 2)
    "同步位置（文件夹或 U 盘卷标）": "Sync locations (folders or USB volume labels)", "添加文件夹…": "Add folder…",
    "立即同步": "Sync now", "同步记录": "Sync history", "设备（区级审批）": "Devices (district approval)",
    "批准设备": "Approve device", "吊销设备": "Revoke device", "已信任区级：": "District trusted: ",
    "待发送：%1": "To send: %1", "冲突：%1": "Conflicts: %1", "隔离的数据包：%1": "Quarantined bundles: %1",
    "%1 上次同步 %2": "%1 last synced %2", "U 盘：": "USB stick: ", "可用": "available", "未连接": "not connected",
    "待审批": "awaiting approval", "已批准": "approved", "已吊销": "revoked", "选择同步文件夹": "Choose sync folder",
    "同步失败：": "Sync failed: ", "%1：导入 %2 个，导出 %3 个，拒收 %4 个": "%1: imported %2, exported %3, rejected %4",
    "拒收 %1：%2": "Rejected %1: %2", "已批准设备 %1": "Approved device %1",
    "冲突（左：现值，右：另一设备的值）": "Conflicts (left: current value, right: the other device's value)",
    "表": "Table", "字段": "Field", "现值": "Current value", "另一值": "Other value", "保留现值": "Keep current",
    "采用另一值": "Use other value", "隔离的数据包": "Quarantined bundles", "；": "; ",
    # GUI review pass: district desk, documents, settings, sync, ledger
    "没有乡镇数据": "No township data", "各乡镇汇总（本月检查；隐患）": "Per township (inspections this month; hazards)",
    "本月检查": "Inspections this month", "重大隐患挂牌督办": "Major hazards under supervision",
    "检查终端（笔记本电脑）": "Inspection laptops", "隔离的数据包（批准设备后自动导入）":
        "Quarantined bundles (imported automatically once the laptop is approved)",
    "发布（随下次同步发给各终端）": "Publish (sent to the laptops with the next sync)",
    "发布检查表…": "Publish checklist…", "发布所选乡镇的企业名册": "Publish the selected township's register",
    "文号段 ": "serial block ", "还没有终端申请接入。检查员第一次同步时会出现在这里。":
        "No laptop has asked to join yet. An inspector's laptop appears here after its first sync.",
    "没有": "None", "当前检查表：": "Current checklists: ",
    "已批准设备 %1，导入了隔离的数据包 %2 个。": "Approved device %1; imported %2 quarantined bundle(s).",
    "已吊销设备 %1。": "Revoked device %1.", "选择检查表文件": "Choose a checklist file",
    "检查表 (*.toml)": "Checklists (*.toml)", "检查表未发布：": "Checklist not published: ",
    "已发布检查表 %1（%2），下次同步时发给各终端。": "Published checklist %1 (%2); it goes to the laptops with the next sync.",
    "请先在汇总表中选择一个乡镇。": "Select a township in the summary table first.",
    "%1 的企业名册与台账已发布（新增 %2 条），下次同步时发给该乡镇的终端。":
        "The register and ledgers of %1 are published (%2 new records); they go to that township's laptops "
        "with the next sync.",
    "起草整改复查意见书": "Draft re-inspection opinion",
    "起草现场处理措施决定书": "Draft on-site measures decision",
    "还没有检查记录。完成一次检查后可在此出具文书。": "No inspections yet. Documents can be issued here after an inspection.",
    "已签发：{0}": "Issued: {0}", "已作废：{0}（{1}）": "Voided: {0} ({1})", "签名": " signature",
    "签章密钥（在“设置”中创建）": "a signing key (create it in Settings)",
    "文号编号段（区级分配，或在“设置”中设置本机编号段）":
        "a serial block (assigned by the district, or set one for this laptop in Settings)",
    "可以签发。": "Ready to issue.", "签发前还需要：": "Still needed before issuing: ", "、": ", ",
    "正在签发（生成、签名 PDF）…": "Issuing (rendering and signing the PDF)…", "已保存：{0}": "Saved: {0}",
    "打印预览（A4）": "Print preview (A4)",
    "签章密码（签发文书时使用，也可以以后在“设置”中创建）":
        "Signing password (used to issue documents; can also be created later in Settings)",
    "关闭": "Close", "出具整改复查意见书…": "Issue re-inspection opinion…",
    "起草复查意见书（引用已签发的整改文书），在“文书”页签名、打印":
        "Draft the re-inspection opinion (referring to the issued notice); sign and print it on the Documents page",
    "整改后照片": "After photos", "乡镇级": "Township", "县（区）级": "County / district",
    "尚无已签发的整改文书，不能出具复查意见书": "No issued rectification notice yet; a re-inspection opinion needs one",
    "先在“复查”中记录复查结果": "Record the re-inspection result first",
    "全部企业": "All enterprises", "日期格式应为 YYYY-MM-DD，例如 2026-03-01": "Dates are YYYY-MM-DD, e.g. 2026-03-01",
    "正在导出…": "Exporting…", "例如：城关街道应急管理办公室": "e.g. Chengguan Subdistrict Emergency Management Office",
    "印在文号括号里，例如：城关": "printed in the document number's brackets, e.g. 城关",
    "单位简称（文号用）": "Unit short name (for numbers)",
    "类型代字：现场检查记录": "Type code: inspection record",
    "类型代字：责令限期整改指令书": "Type code: rectification order",
    "类型代字：限期整改意见书": "Type code: rectification opinion",
    "类型代字：整改复查意见书": "Type code: re-inspection opinion",
    "文号格式": "Document number pattern", "行政复议机关": "Administrative reconsideration body",
    "行政诉讼法院": "Court for administrative litigation", "逾期未整改的移送说明": "Escalation sentence (not rectified in time)",
    "文号格式只能使用 {short} {code} {year} {serial} 四个占位符，且花括号须成对。":
        "The pattern may only use the placeholders {short} {code} {year} {serial}, with matching braces.",
    "示例：": "Example: ", "文号编号段": "Document serial block", "保存本机编号段": "Save this laptop's block",
    "当前": "Current", "起始号": "First number", "结束号": "Last number",
    "已创建（签发文书时输入此密码）": "Created (enter its password when issuing documents)",
    "尚未创建：签发文书前须先设置签章密码": "Not created yet: set a signing password before issuing documents",
    "更换签章密钥": "Replace signing key", "区级分配：{0}年 {1}–{2}": "From the district: {0} {1}–{2}",
    "本机设置：{0}年 {1}–{2}": "Set on this laptop: {0} {1}–{2}",
    "尚无编号段：签发文书前须由区级分配或在此设置本机编号段。":
        "No serial block: the district assigns one, or set one for this laptop here, before issuing documents.",
    "本年已用 {0} 个文号。": "{0} numbers used this year.", "起始号和结束号须为整数": "First and last must be whole numbers",
    "已有签章密钥。更换后，旧密钥签发的文书仍可核验，但以后签发须使用新密码。确定更换？":
        "A signing key exists. Documents issued with the old key stay verifiable, but from now on the new "
        "password is needed. Replace it?",
    "签章密钥已创建": "Signing key created", "添加 U 盘卷标…": "Add USB stick label…",
    "导出数据包…": "Export bundle…", "导入数据包…": "Import bundles…", "导入与同步记录": "Import and sync history",
    "冲突：同一字段在两台设备上被改成不同的值": "Conflicts: the same field changed differently on two devices",
    "现值（已采用）": "Current value (in use)", "另一设备的值": "Other device's value",
    "隔离的数据包（设备尚未获批准，未导入也未丢弃）":
        "Quarantined bundles (device not approved yet; neither applied nor dropped)",
    "区级：": "District: ", "尚未信任（把区级名片放进同步文件夹，或导入区级数据包）":
        "not trusted yet (put the district card in the sync folder, or import a district bundle)",
    "本机已获批准": "this laptop is approved", "本机尚待区级批准": "this laptop awaits district approval",
    "待对方确认的更改：%1": "Changes not yet acknowledged: %1",
    "没有已连接的同步位置：请插入 U 盘或添加文件夹，也可以用“导出数据包”。":
        "No sync location is connected: plug in the USB stick or add a folder, or use “Export bundle”.",
    "把数据包导出到": "Export the bundle to", "已导出数据包 %1（%2 条更改，%3 个附件）":
        "Exported bundle %1 (%2 changes, %3 attachments)",
    "没有可导出的对象：尚无已批准的设备。": "Nothing to export to: no approved devices yet.", "导出": "Export",
    "选择数据包": "Choose bundles", "数据包 (*.isb);;所有文件 (*)": "Bundles (*.isb);;All files (*)",
    "已导入": "imported", "以前已导入，未重复导入": "already imported before; nothing changed",
    "已隔离（设备待批准）": "quarantined (device awaiting approval)", "，新操作 %1 条": ", %1 new operations",
    "导入": "Import", "请先在表中选择一个冲突。": "Select a conflict in the table first.", "已连接": "connected",
    "还没有同步位置。添加一个共享文件夹或 U 盘卷标后，连接时会自动同步。":
        "No sync locations yet. Add a shared folder or a USB stick label; syncing then happens when it is connected.",
    "与 %1 上次同步：%2": "Last sync with %1: %2",
    "自动同步：每 %1 秒查看同步位置，连接时自动导入、导出。":
        "Automatic sync: sync locations are checked every %1 s and synced when connected.",
    "现在没有可用的同步位置。": "No sync location is available now.",
    "%1  导入数据包：来自 %2，操作 %3 条（新 %4），冲突 %5": "%1  Imported bundle from %2: %3 operations (%4 new), %5 conflicts",
    "还没有同步过。": "Never synced yet.", "U 盘卷标": "USB stick label",
    "U 盘的卷标（插入时按卷标识别，例如 INSPECT）：": "The USB stick's volume label (recognised when plugged in, e.g. INSPECT):",
    "正在%1…": "Working: %1…", "%1失败：%2": "%1 failed: %2",
    "编号": "No.", "名称": "Name", "位置": "Location", "危险有害因素": "Hazards", "中毒风险": "Poisoning risk",
    "警示标志": "Warning sign", "项目": "Project", "高度（米）": "Height (m)", "开始": "Start", "结束": "End",
    "作业证号": "Permit no.", "单位": "Company", "作业内容": "Scope of work", "资质": "Qualification",
    "联系人": "Contact", "安全协议": "Safety agreement", "无": "None",
    "全员安全生产责任制": "Safety responsibility", "电气焊（动火）作业": "Welding / hot work",
    "有限空间作业": "Confined spaces", "高处作业": "Work at height", "企业外包施工": "Outsourced construction",
    # On-site fix (当场整改)
    "当场整改": "Fixed on site", "当场整改完毕，销号": "Fixed on site: close the hazard",
    "现场采取的整改措施": "What was done on site", "整改后照片（必填）": "After photos (required)",
    "请填写现场采取的整改措施": "Enter what was done on site",
    "当场整改销号须附整改后照片": "Closing a hazard on site needs at least one after photo",

    # Sync page: removing locations, refused bundles remembered (audit log)
    "移除": "Remove",
    "从同步位置中移除所选项（文件夹和 U 盘里的文件不会被删除）":
        "Remove the selected sync location (files in the folder or on the stick are not deleted)",
    "%1  拒收 %2：%3": "%1  Rejected %2: %3",
    "文件：%1\n大小：%2 字节\nSHA-256：%3\n发送设备：%4\n同一文件再次被拒收时不重复记录。":
        "File: %1\nSize: %2 bytes\nSHA-256: %3\nSending device: %4\nThe same file refused again is not recorded twice.",
    "请先在列表中选择一个同步位置。": "Select a sync location in the list first.",
    "已移除同步位置 %1（其中的文件未删除）": "Removed sync location %1 (its files were not deleted)",
    "已隔离 %1：%2": "Quarantined %1: %2",
    # District page: further serial blocks
    "分配编号段": "Assign serial block",
    "给所选的已批准设备再分配一段文号编号（今年的下一段空闲编号），随下次同步发给该设备":
        "Give the selected approved laptop a further block of document serials (the next free range this "
        "year); it is sent with the next sync",
    "%1年 %2–%3（已用 %4/%5）": "%1: %2–%3 (%4 of %5 used)",
    "，": ", ",
    "请先选择一台已批准的设备。": "Select an approved device first.",
    "给设备 %1 再分配多少个文号编号（%2 年）？": "How many further serial numbers for device %1 (%2)?",
    "已给设备 %1 分配 %2 年文号编号段 %3–%4，随下次同步发给该设备。":
        "Device %1 was assigned the %2 serial block %3–%4; it is sent with the next sync.",
    # Today page (strings added by the today-page work)
    "本周到期的复查（双击处理）": "Re-inspections due this week (double-click to handle)",
    "逾期隐患（按企业，双击查看）": "Overdue hazards by enterprise (double-click to open)",
    "待签名/签发的文书（双击打开）": "Documents to sign or issue (double-click to open)",
    "企业已报告整改完成": "Enterprise reports rectification done",
    "期限 {0}": "due {0}",
    "本周没有到期的复查": "No re-inspections due this week",
    "{0}：逾期 {1} 条，最早期限 {2}": "{0}: {1} overdue, earliest deadline {2}",
    "（含重大隐患 {0} 条）": " ({0} major)",
    "合计逾期 {0} 条": "{0} overdue in total",
    "限期整改意见书": "Rectification opinion",
    "没有待签发的文书": "No documents waiting to be issued",
    # Documents page: one deadline for every hazard on a notice draft
    "设定整改期限…": "Set deadline…",
    "本文书所列全部隐患的整改期限（YYYY-MM-DD）：": "Deadline for every hazard on this document (YYYY-MM-DD):",
    # Hazard lifecycle and enterprise sector (issue 14)
    '行业类别': 'Sector',
    '未分类（按工贸企业对待）': 'Unclassified (treated as industry and trade)',
    '工贸': 'Industry and trade',
    '危化': 'Hazardous chemicals',
    '建筑': 'Construction',
    '其他': 'Other',
    '督办单位验收销号': 'Acceptance by the supervising unit',
    '五落实': 'Five measures',
    '责令停产停业': 'Suspension ordered',
    '复产申请': 'Application to resume',
    '复产审查': 'Resumption review',
    '验收销号时填写': 'For the acceptance',
    '验收人': 'Accepted by',
    '验收日期': 'Acceptance date',
    '记录五落实': 'Record the five measures',
    '责任人': 'Responsible person',
    '整改资金': 'Funds',
    '整改时限': 'Deadline',
    '应急预案': 'Emergency plan',
    '停产停业': 'Suspension',
    '责令停产停业（停止使用）': 'Order suspension (stop using)',
    '企业申请复产': 'Enterprise applies to resume',
    '复产审查：同意': 'Resumption review: approved',
    '复产审查：不同意': 'Resumption review: refused',
    '日期': 'Date',
    '文书文号': 'Document number',
    '人员': 'Person',
    '内容': 'Content',
    '申请人或审查人': 'Applicant or reviewer',
    '停产范围、申请内容或审查意见': 'Scope, application or review opinion',
    '重大事故隐患不得当场整改销号，须经复查': 'A major hazard cannot be closed on the spot; it needs a re-inspection',
    '已责令停产停业，复产申请待审查': 'Suspended; the application to resume awaits review',
    '已责令停产停业，尚未同意复产': 'Suspended; resumption not yet approved',
    '“五落实”须逐项填写': 'Fill in every one of the five measures',
    '整改时限格式应为 YYYY-MM-DD': 'The deadline must be YYYY-MM-DD',
    '日期格式应为 YYYY-MM-DD': 'The date must be YYYY-MM-DD',
    '请填写复产审查人': 'Enter the reviewer',
    '督办单位验收须填写验收单位、验收人、验收日期和验收文书文号': 'The acceptance needs the unit, the person, the date and the document number',
    '验收日期格式应为 YYYY-MM-DD': 'The acceptance date must be YYYY-MM-DD',
    '责任人：': 'Responsible: ', '时限：': 'Deadline: ', '同意复产': 'resumption approved', '不同意复产': 'resumption refused',
    '涉爆粉尘': 'Combustible dust', '涉氨制冷': 'Ammonia refrigeration',
    # Sync: changes refused one by one, clock
    "未被接收的更改（其余更改已正常同步）": "Refused changes (everything else was synced)",
    "原因": "Why", "怎么办": "What to do",
    "问题已解决，重新发送": "Fixed: send again",
    "把所选记录（未选时为全部）的当前内容作为新的更改再发给区级":
        "Send the current contents of the selected records (all when none is selected) to the district again",
    "已重新登记被拒绝的记录，下次同步时发送": "The refused records are queued again; they go with the next sync",
    "未被接收的更改：%1": "Refused changes: %1",
    "%1 条更改未被接收，其余已同步；原因和处理办法见右侧“未被接收的更改”":
        "%1 changes were refused, the rest was synced; why and what to do: see Refused changes on the right",
    "未被接收的更改 {0} 条（其余已同步；详见“同步”页）：":
        "{0} refused changes (the rest was synced; details on the Sync page):",
    "不属于本乡镇的企业": "Enterprise of another township",
    "仍要开始检查吗？": "Start the inspection anyway?",
    # Keys: the password asked once per session
    "解锁密钥": "Unlock key",
    "区局密码（用于证书颁发机构与同步密钥）：": "District password (for the CA and the sync keys):",
    "同步密钥密码（即签章密码）：": "Sync key password (your signing password):",
    # Refusal dialog (signature pad)
    "见证人姓名（见证人在上方框内签名）": "Witness name (the witness signs in the box above)",
    "拒签理由（被检查单位所述；未说明可留空）": "Reason for refusing (as stated by the enterprise; may be left empty)",
    "请见证人在框内签名": "Please have the witness sign in the box",
    # Enterprise register import (district desk)
    "导入企业名录": "Import enterprise register", "导入企业名录…": "Import enterprise register…",
    "选择 .xlsx 或 .csv 文件": "Choose an .xlsx or .csv file", "选择文件…": "Choose file…",
    "表头按常见名称对应：企业名称、统一社会信用代码、乡镇（街道）、地址、主要负责人、联系电话、行业、风险标签、行业类别、分级。":
        "Columns are matched by their usual headers: 企业名称, 统一社会信用代码, 乡镇（街道）, 地址, 主要负责人, "
        "联系电话, 行业, 风险标签, 行业类别, 分级.",
    "行号": "Row", "问题": "Problem", "导入有效行": "Import valid rows", "选择企业名录文件": "Choose a register file",
    "企业名录 (*.xlsx *.csv)": "Enterprise register (*.xlsx *.csv)", "已导入": "imported", "可导入": "to import",
    "已识别的列：%1\n共 %2 行：%3 %4 行，无效 %5 行（见下表），已在名录库中 %6 行（跳过）。":
        "Columns found: %1\n%2 rows: %4 %3, %5 invalid (listed below), %6 already registered (skipped).",
    "无法导入：": "Cannot import: ",
    # 今日: planned inspections
    "计划检查（双随机等，双击开始）": "Planned inspections (random draw etc.; double-click to start)",
    "双随机": "random draw", "计划": "planned", "专项": "campaign", "举报核查": "complaint check", "复查": "re-inspection",
    "（四不两直）": " (unannounced)", "没有待做的计划检查": "No planned inspections to do",
}
