<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ab::AssetStore</name>
    <message>
        <source>Severity &quot;%1&quot; is not one of high, medium, low, info.</source>
        <translation>严重程度“%1”无效，应为 high、medium、low 或 info 之一。</translation>
    </message>
    <message>
        <source>A finding needs a title.</source>
        <translation>问题必须有标题。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of a finding cannot be edited.</source>
        <translation>问题的字段“%1”不可编辑。</translation>
    </message>
</context>
<context>
    <name>ab::CatalogPin</name>
    <message>
        <source>The inspection file is damaged: it holds more than one catalog.</source>
        <translation>检查文件已损坏：其中包含多个检查目录。</translation>
    </message>
    <message>
        <source>The catalog kept in the inspection file was altered; run verify for details.</source>
        <translation>检查文件中保存的检查目录已被篡改；请运行 verify 查看详情。</translation>
    </message>
    <message>
        <source>This inspection already follows catalog %1 %2; it cannot change catalogs.</source>
        <translation>此检查已采用检查目录 %1 %2；不能更换检查目录。</translation>
    </message>
</context>
<context>
    <name>ab::DatabaseCopy</name>
    <message>
        <source>The inspection file is not open through SQLite; it cannot be copied.</source>
        <translation>检查文件未通过 SQLite 打开，无法复制。</translation>
    </message>
    <message>
        <source>The inspection file is not open; it cannot be copied.</source>
        <translation>检查文件未打开，无法复制。</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>Cannot create %1 (is the folder writable and is there space?).</source>
        <translation>无法创建 %1（文件夹是否可写、空间是否充足？）。</translation>
    </message>
    <message>
        <source>Cannot start copying the inspection to %1.</source>
        <translation>无法开始将检查复制到 %1。</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was written.</source>
        <translation>复制已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>The inspection stayed busy (another program is writing to it); try again.</source>
        <translation>检查文件一直处于占用状态（另一个程序正在写入）；请重试。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full; free some space and try again.</source>
        <translation>%1 所在的磁盘已满；请释放空间后重试。</translation>
    </message>
    <message>
        <source>Copying the inspection to %1 failed (is the disk writable?).</source>
        <translation>将检查复制到 %1 失败（磁盘是否可写？）。</translation>
    </message>
</context>
<context>
    <name>ab::EvidenceStore</name>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation>已取消；未添加任何内容。</translation>
    </message>
    <message>
        <source>Cannot read %1: permission denied; nothing was added.</source>
        <translation>无法读取 %1：权限不足；未添加任何内容。</translation>
    </message>
    <message>
        <source>%1 is a broken symbolic link; nothing was added.</source>
        <translation>%1 是失效的符号链接；未添加任何内容。</translation>
    </message>
    <message>
        <source>%1 does not exist; nothing was added.</source>
        <translation>%1 不存在；未添加任何内容。</translation>
    </message>
    <message>
        <source>%1 is neither a file nor a folder; nothing was added.</source>
        <translation>%1 既不是文件也不是文件夹；未添加任何内容。</translation>
    </message>
    <message>
        <source>Cannot read the folder %1: permission denied; nothing was added.</source>
        <translation>无法读取文件夹 %1：权限不足；未添加任何内容。</translation>
    </message>
    <message>
        <source>%1: symbolic link to a folder, not followed</source>
        <translation>%1：指向文件夹的符号链接，未跟随</translation>
    </message>
    <message>
        <source>%1: broken or looping symbolic link</source>
        <translation>%1：失效或循环的符号链接</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1：不是普通文件</translation>
    </message>
    <message>
        <source>Cannot read %1: %2; nothing was added.</source>
        <translation>无法读取 %1：%2；未添加任何内容。</translation>
    </message>
    <message>
        <source>The inspection is open read-only; evidence cannot be added.</source>
        <translation>检查文件以只读方式打开，无法添加证据。</translation>
    </message>
    <message>
        <source>Unknown evidence kind &quot;%1&quot;; use document, photo, note or transcript.</source>
        <translation>未知的证据类型“%1”；请使用 document、photo、note 或 transcript。</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2; nothing was added.</source>
        <translation>读取 %1 失败：%2；未添加任何内容。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2; it was not added.</source>
        <translation>无法读取 %1：%2；该文件未添加。</translation>
    </message>
    <message>
        <source>There is no evidence item %1 in this inspection.</source>
        <translation>本检查中没有编号为 %1 的证据。</translation>
    </message>
    <message>
        <source>Evidence %1: %2</source>
        <translation>证据 %1：%2</translation>
    </message>
    <message>
        <source>its stored contents are missing.</source>
        <translation>其存储内容缺失。</translation>
    </message>
    <message>
        <source>chunk %1 of %2 is missing.</source>
        <translation>第 %1 块（共 %2 块）缺失。</translation>
    </message>
    <message>
        <source>chunk %1 of %2 fails authentication (altered, moved or swapped).</source>
        <translation>第 %1 块（共 %2 块）认证失败（被篡改、移动或调换）。</translation>
    </message>
    <message>
        <source>its contents hash to %1 but %2 was recorded.</source>
        <translation>其内容哈希为 %1，但记录的是 %2。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2.</source>
        <translation>写入 %1 失败：%2。</translation>
    </message>
    <message>
        <source>%1 is this inspection file itself and cannot be added to it as evidence.</source>
        <translation>%1 就是本检查文件本身，不能作为证据添加到其中。</translation>
    </message>
    <message>
        <source>%1 is the inspection file itself; export to another file.</source>
        <translation>%1 就是检查文件本身；请导出到其他文件。</translation>
    </message>
</context>
<context>
    <name>ab::InspectionComparer</name>
    <message>
        <source>Name at least two inspection files to compare.</source>
        <translation>请至少指定两个要比较的检查文件。</translation>
    </message>
</context>
<context>
    <name>ab::InspectionExporter</name>
    <message>
        <source>Name the file to write the copy to.</source>
        <translation>请指定副本要写入的文件。</translation>
    </message>
    <message>
        <source>%1 is the inspection itself; write the copy to another file.</source>
        <translation>%1 就是检查文件本身；请将副本写入其他文件。</translation>
    </message>
    <message>
        <source>%1 is a folder; name the file to write the copy to.</source>
        <translation>%1 是文件夹；请指定副本要写入的文件。</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or use --force to replace it.</source>
        <translation>%1 已存在；请另选文件名，或使用 --force 将其替换。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is already a sealed copy; hand it over as it is (a copy of the file keeps its seal).</source>
        <translation>%1 已是封存副本；请原样移交（该文件的复制件仍保留其封存）。</translation>
    </message>
    <message>
        <source>The inspection is open read-only; the export is recorded in its custody log, so open it for writing.</source>
        <translation>检查文件以只读方式打开；导出操作须记入其监管链日志，请以可写方式打开。</translation>
    </message>
    <message>
        <source>Cannot write %1 to disk (is the disk full or removed?).</source>
        <translation>无法将 %1 写入磁盘（磁盘是否已满或已移除？）。</translation>
    </message>
    <message>
        <source>Cannot write %1 (is the folder writable?).</source>
        <translation>无法写入 %1（文件夹是否可写？）。</translation>
    </message>
    <message numerus="yes">
        <source>The inspection is not intact (%n problem(s), first: %1 %2); nothing was exported. Run verify on it to see them all.</source>
        <translation>
            <numerusform>检查文件不完整（%n 处问题，第一处：%1 %2）；未导出任何内容。请对其运行 verify 查看全部问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>导出已取消；未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>ab::InspectionFile</name>
    <message>
        <source>The inspection file is damaged: &quot;%1&quot; is missing.</source>
        <translation>检查文件已损坏：缺少“%1”。</translation>
    </message>
    <message>
        <source>%1 already exists; AuditBench never overwrites an inspection.</source>
        <translation>%1 已存在；AuditBench 从不覆盖已有检查。</translation>
    </message>
    <message>
        <source>The passphrase must be at least 8 characters long.</source>
        <translation>口令长度至少为 8 个字符。</translation>
    </message>
    <message>
        <source>Could not create %1 (does the folder exist and is it writable?).</source>
        <translation>无法创建 %1（文件夹是否存在且可写？）。</translation>
    </message>
    <message>
        <source>%1 is read-only; copy it to a writable place, or open it read-only to view and verify it.</source>
        <translation>%1 为只读；请将其复制到可写位置，或以只读方式打开以查看和校验。</translation>
    </message>
    <message>
        <source>%1 was written by a newer AuditBench; update AuditBench to open it.</source>
        <translation>%1 由更新版本的 AuditBench 写入；请升级 AuditBench 后再打开。</translation>
    </message>
    <message>
        <source>%1 was interrupted in the middle of a change and must be repaired, but it is read-only. Copy it together with %2 to a writable place and open it there.</source>
        <translation>%1 在更改过程中被中断，需要修复，但它是只读的。请将它与 %2 一起复制到可写位置后再打开。</translation>
    </message>
    <message>
        <source>%1 is damaged: its table(s) %2 are missing; restore it from a copy.</source>
        <translation>%1 已损坏：缺少数据表 %2；请从备份中恢复。</translation>
    </message>
    <message>
        <source>Wrong passphrase for %1, or its key slot was altered (nothing was changed).</source>
        <translation>%1 的口令错误，或其密钥槽已被篡改（文件未作任何改动）。</translation>
    </message>
    <message>
        <source>%1 was replaced by another inspection file while it was being opened.</source>
        <translation>%1 在打开过程中被另一个检查文件替换。</translation>
    </message>
    <message>
        <source>The inspection is open read-only; open it for writing to change it.</source>
        <translation>检查文件以只读方式打开；如需更改，请以可写方式打开。</translation>
    </message>
    <message>
        <source>%1 is a sealed copy: only review comments, approvals and rejections can be added to it. Make changes in the original inspection and export a new sealed copy.</source>
        <translation>%1 是封存副本：只能向其添加审阅意见、批准和驳回。请在原始检查中进行更改，然后导出新的封存副本。</translation>
    </message>
    <message>
        <source>A new inspection holds no evidence yet; record the authorisation document after adding it.</source>
        <translation>新建的检查中尚无证据；请先将授权文件添加为证据，再进行记录。</translation>
    </message>
    <message>
        <source>The inspection is open read-only; its details cannot be changed.</source>
        <translation>检查文件以只读方式打开；无法更改其检查信息。</translation>
    </message>
    <message>
        <source>There is no evidence item %1 in this inspection.</source>
        <translation>本检查中没有编号为 %1 的证据。</translation>
    </message>
    <message>
        <source>Evidence %1 (%2) is not a document; the authorisation must be a document (a scan or PDF of the order).</source>
        <translation>证据 %1（%2）不是文档；授权文件必须是文档（授权指令或函件的扫描件或 PDF）。</translation>
    </message>
</context>
<context>
    <name>ab::InspectionMeta</name>
    <message>
        <source>System &quot;%1&quot; must be NAME:LEVEL with a level from 1 to 5.</source>
        <translation>系统“%1”的格式必须为 名称:等级，等级为 1 到 5。</translation>
    </message>
    <message>
        <source>Unknown regime &quot;%1&quot;; use cn-miit or vn-mic.</source>
        <translation>未知的检查制度“%1”；请使用 cn-miit 或 vn-mic。</translation>
    </message>
    <message>
        <source>The inspected organisation must be named.</source>
        <translation>必须填写被检查单位名称。</translation>
    </message>
    <message>
        <source>Every system needs a name and a level from 1 to 5.</source>
        <translation>每个系统都需要名称和 1 到 5 的等级。</translation>
    </message>
    <message>
        <source>The inspection metadata is damaged (no id).</source>
        <translation>检查元数据已损坏（缺少标识）。</translation>
    </message>
    <message>
        <source>Every inspector needs a name.</source>
        <translation>每名检查人员都必须填写姓名。</translation>
    </message>
    <message>
        <source>The start date &quot;%1&quot; is not a date like 2024-05-31.</source>
        <translation>开始日期“%1”不是有效日期（格式如 2024-05-31）。</translation>
    </message>
    <message>
        <source>The end date &quot;%1&quot; is not a date like 2024-05-31.</source>
        <translation>结束日期“%1”不是有效日期（格式如 2024-05-31）。</translation>
    </message>
    <message>
        <source>The on-site work cannot end (%1) before it starts (%2).</source>
        <translation>现场工作的结束日期（%1）不能早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>The authorisation document must be an evidence id.</source>
        <translation>授权文件必须是证据编号。</translation>
    </message>
</context>
<context>
    <name>ab::Kdf</name>
    <message>
        <source>The key-derivation settings in this file are invalid or unsupported.</source>
        <translation>此文件中的密钥派生参数无效或不受支持。</translation>
    </message>
    <message>
        <source>OpenSSL does not provide scrypt.</source>
        <translation>OpenSSL 未提供 scrypt。</translation>
    </message>
    <message>
        <source>Deriving the key from the passphrase failed (out of memory?).</source>
        <translation>从口令派生密钥失败（内存不足？）。</translation>
    </message>
</context>
<context>
    <name>ab::RecordTable</name>
    <message>
        <source>Device %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>服务 %1</translation>
    </message>
    <message>
        <source>Finding %1</source>
        <translation>问题 %1</translation>
    </message>
    <message>
        <source>Probe run %1</source>
        <translation>探测任务 %1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Cannot read the inspection&apos;s %1 table.</source>
        <translation>无法读取检查文件的 %1 表。</translation>
    </message>
</context>
<context>
    <name>ab::ReviewStore</name>
    <message>
        <source>&quot;%1&quot; is not an object of an inspection; use evidence:N, finding:N, answer:ITEM or report:N.</source>
        <translation>“%1”不是检查中的对象；请使用 evidence:N、finding:N、answer:ITEM 或 report:N。</translation>
    </message>
    <message>
        <source>The inspection has no answer to %1.</source>
        <translation>检查中没有对 %1 的答复。</translation>
    </message>
    <message>
        <source>The inspection has no evidence %1.</source>
        <translation>检查中没有证据 %1。</translation>
    </message>
    <message>
        <source>The inspection has no finding %1.</source>
        <translation>检查中没有问题 %1。</translation>
    </message>
    <message>
        <source>The inspection has no report %1.</source>
        <translation>检查中没有报告 %1。</translation>
    </message>
    <message>
        <source>A review comment needs some text.</source>
        <translation>审阅意见不能为空。</translation>
    </message>
    <message>
        <source>A rejection needs a reason (--comment TEXT).</source>
        <translation>驳回必须说明理由（--comment TEXT）。</translation>
    </message>
    <message>
        <source>The inspection file is too old for review; open it for writing once to upgrade it.</source>
        <translation>检查文件格式过旧，无法审阅；请以可写方式打开一次以完成升级。</translation>
    </message>
    <message>
        <source>The review text is too long (at most %1 characters).</source>
        <translation>审阅文本过长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>Only a sealed copy can be approved or rejected: the decision is about what the seal covers. Ask for a sealed copy (export --seal).</source>
        <translation>只有封存副本才能批准或驳回：该决定针对的是封存所涵盖的内容。请索取封存副本（export --seal）。</translation>
    </message>
</context>
<context>
    <name>ab::SampleInspection</name>
    <message>
        <source>Generated sample interview note.</source>
        <translation>生成的示例访谈记录。</translation>
    </message>
    <message>
        <source>Generated sample photo.</source>
        <translation>生成的示例照片。</translation>
    </message>
    <message>
        <source>Generated sample device inventory.</source>
        <translation>生成的示例设备清单。</translation>
    </message>
    <message>
        <source>Generated sample probe transcript.</source>
        <translation>生成的示例探测记录。</translation>
    </message>
    <message>
        <source>Generated sample authorisation.</source>
        <translation>生成的示例授权文件。</translation>
    </message>
</context>
<context>
    <name>ab::Schema</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is not an AuditBench inspection file (it is not an SQLite database).</source>
        <translation>%1 不是 AuditBench 检查文件（不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>%1 is damaged: its SQLite header is invalid.</source>
        <translation>%1 已损坏：其 SQLite 文件头无效。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not an AuditBench inspection file; it was left untouched.</source>
        <translation>%1 是 SQLite 数据库，但不是 AuditBench 检查文件；未对其做任何改动。</translation>
    </message>
    <message>
        <source>%1 was written by a newer AuditBench (file format %2; this version reads up to %3). Update AuditBench to open it; the file was left untouched.</source>
        <translation>%1 由更新版本的 AuditBench 写入（文件格式 %2；本版本最高支持 %3）。请升级 AuditBench 后再打开；文件未做任何改动。</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no AuditBench file-format version.</source>
        <translation>%1 已损坏：缺少 AuditBench 文件格式版本。</translation>
    </message>
    <message>
        <source>%1 is truncated (%2 bytes where the header promises more); restore it from a copy.</source>
        <translation>%1 被截断（只有 %2 字节，少于文件头声明的大小）；请从副本恢复。</translation>
    </message>
    <message>
        <source>No migration from file format %1.</source>
        <translation>不支持从文件格式 %1 迁移。</translation>
    </message>
</context>
<context>
    <name>ab::Scope</name>
    <message>
        <source>Scope entry &quot;%1&quot; has an unclosed &apos;[&apos;.</source>
        <translation>范围条目“%1”中的“[”未闭合。</translation>
    </message>
    <message>
        <source>Scope entry &quot;%1&quot; is not CIDR, HOST or HOST:PORTS.</source>
        <translation>范围条目“%1”不是 CIDR、主机 或 主机:端口 格式。</translation>
    </message>
    <message>
        <source>Scope entry is empty.</source>
        <translation>范围条目为空。</translation>
    </message>
    <message>
        <source>Scope entry &quot;%1&quot; has an invalid port list (use e.g. 80,443,8000-8100).</source>
        <translation>范围条目“%1”的端口列表无效（例如：80,443,8000-8100）。</translation>
    </message>
    <message>
        <source>Scope entry &quot;%1&quot; is not a valid CIDR block.</source>
        <translation>范围条目“%1”不是有效的 CIDR 网段。</translation>
    </message>
    <message>
        <source>Scope entry &quot;%1&quot; is not a valid IPv4 address (use four numbers 0-255).</source>
        <translation>范围条目“%1”不是有效的 IPv4 地址（请使用四个 0-255 的数字）。</translation>
    </message>
    <message>
        <source>Scope entry &quot;%1&quot; is neither an address, a CIDR block nor a host name.</source>
        <translation>范围条目“%1”既不是地址、CIDR 网段，也不是主机名。</translation>
    </message>
</context>
<context>
    <name>ab::SealManifest</name>
    <message>
        <source>The seal&apos;s manifest is not an AuditBench seal manifest (%1).</source>
        <translation>封存清单不是 AuditBench 封存清单（%1）。</translation>
    </message>
</context>
<context>
    <name>ab::SealVerifier</name>
    <message>
        <source>The signature of seal %1 does not match its manifest: the manifest or the signature was changed after sealing.</source>
        <translation>封存 %1 的签名与其清单不符：清单或签名在封存后被修改。</translation>
    </message>
    <message>
        <source>Seal %1: %2</source>
        <translation>封存 %1：%2</translation>
    </message>
    <message>
        <source>Seal %1 is signed by %2, but its manifest names another certificate (%3): the signature was replaced.</source>
        <translation>封存 %1 由 %2 签名，但其清单指明的是另一张证书（%3）：签名已被替换。</translation>
    </message>
    <message>
        <source>Seal %1 differs from its signed manifest in: %2.</source>
        <translation>封存 %1 与其已签名清单不一致之处：%2。</translation>
    </message>
    <message>
        <source>Seal %1 was made for another inspection (%2) and copied into this one.</source>
        <translation>封存 %1 是为另一个检查（%2）制作的，被复制到了本检查中。</translation>
    </message>
    <message>
        <source>Custody entry %1, the head seal %2 covers, is missing.</source>
        <translation>监管链记录 %1（封存 %2 所涵盖的链头）缺失。</translation>
    </message>
    <message>
        <source>The custody log up to seal %1 was rewritten: entry %2 no longer has the hash the seal signed.</source>
        <translation>截至封存 %1 的监管链日志已被改写：记录 %2 的哈希已不再是封存时所签名的值。</translation>
    </message>
    <message>
        <source>The inspection details differ from what seal %1 covers in: %2.</source>
        <translation>检查信息与封存 %1 所涵盖的内容不一致之处：%2。</translation>
    </message>
    <message>
        <source>The pinned catalog differs from the one seal %1 covers (%2 %3).</source>
        <translation>所绑定的检查目录与封存 %1 所涵盖的不一致（%2 %3）。</translation>
    </message>
    <message>
        <source>Evidence %1 (%2), covered by seal %3, is missing.</source>
        <translation>封存 %3 所涵盖的证据 %1（%2）缺失。</translation>
    </message>
    <message>
        <source>Evidence %1 (%2) differs from what seal %3 covers in: %4.</source>
        <translation>证据 %1（%2）与封存 %3 所涵盖的内容不一致之处：%4。</translation>
    </message>
    <message>
        <source>Evidence %1 (%2) was added after seal %3.</source>
        <translation>证据 %1（%2）是在封存 %3 之后添加的。</translation>
    </message>
    <message>
        <source>The file holds %1 %2; seal %3 covers %4.</source>
        <translation>文件中有 %1 %2；封存 %3 涵盖 %4。</translation>
    </message>
    <message>
        <source>Custody entry %1 (%2 of %3 by %4 at %5) came after seal %6: only review comments and approvals may follow a seal.</source>
        <translation>监管链记录 %1（%4 于 %5 对 %3 执行的 %2）位于封存 %6 之后：封存之后只允许追加审阅意见和批准。</translation>
    </message>
</context>
<context>
    <name>ab::Sql</name>
    <message>
        <source>The inspection file is in use by another AuditBench window or command; try again when it has finished.</source>
        <translation>检查文件正被另一个 AuditBench 窗口或命令使用；请在其完成后重试。</translation>
    </message>
    <message>
        <source>The inspection file is read-only; copy it to a writable place or open it read-only.</source>
        <translation>检查文件为只读；请将其复制到可写位置，或以只读方式打开。</translation>
    </message>
    <message>
        <source>Reading or writing the inspection file failed (disk error or removed medium).</source>
        <translation>读写检查文件失败（磁盘错误或存储介质已移除）。</translation>
    </message>
    <message>
        <source>The inspection file is damaged; restore it from a copy.</source>
        <translation>检查文件已损坏；请从副本恢复。</translation>
    </message>
    <message>
        <source>The disk is full; free some space and try again.</source>
        <translation>磁盘已满；请释放空间后重试。</translation>
    </message>
    <message>
        <source>The inspection file cannot be opened (check the path and permissions).</source>
        <translation>无法打开检查文件（请检查路径和权限）。</translation>
    </message>
    <message>
        <source>The inspection file could not be accessed (%1).</source>
        <translation>无法访问检查文件（%1）。</translation>
    </message>
</context>
<context>
    <name>ab::Verifier</name>
    <message>
        <source>SQLite cannot check the file: %1</source>
        <translation>SQLite 无法检查该文件：%1</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>SQLite 完整性检查：%1</translation>
    </message>
    <message>
        <source>The schema object %1 is missing.</source>
        <translation>数据库结构对象 %1 缺失。</translation>
    </message>
    <message>
        <source>The schema object %1 was added outside AuditBench.</source>
        <translation>数据库结构对象 %1 是在 AuditBench 之外添加的。</translation>
    </message>
    <message>
        <source>Custody entry %1 was deleted.</source>
        <translation>监管链记录 %1 已被删除。</translation>
    </message>
    <message>
        <source>Custody entries %1 to %2 were deleted.</source>
        <translation>监管链记录 %1 至 %2 已被删除。</translation>
    </message>
    <message>
        <source>Custody entry %1 differs from what entry %2 recorded: it was rewritten after it was written.</source>
        <translation>监管链记录 %1 与记录 %2 所记载的不一致：它在写入后被改写。</translation>
    </message>
    <message>
        <source>Custody entry %1 does not chain to the entry before it.</source>
        <translation>监管链记录 %1 未与前一条记录链接。</translation>
    </message>
    <message>
        <source>Custody entry %1 (%2 of %3) was altered after it was written.</source>
        <translation>监管链记录 %1（%3 的 %2）在写入后被篡改。</translation>
    </message>
    <message>
        <source>The sealed custody head is missing.</source>
        <translation>已封存的监管链链头缺失。</translation>
    </message>
    <message>
        <source>The sealed custody head does not match the file key: the log was rewritten outside AuditBench.</source>
        <translation>已封存的监管链链头与文件密钥不匹配：日志在 AuditBench 之外被改写。</translation>
    </message>
    <message>
        <source>The last %1 custody entries (from %2) were deleted.</source>
        <translation>最后 %1 条监管链记录（从 %2 起）已被删除。</translation>
    </message>
    <message>
        <source>Custody entries after %1 were added outside AuditBench.</source>
        <translation>%1 之后的监管链记录是在 AuditBench 之外添加的。</translation>
    </message>
    <message>
        <source>The last custody entry differs from the sealed head.</source>
        <translation>最后一条监管链记录与已封存的链头不一致。</translation>
    </message>
    <message>
        <source>An unknown setting &quot;%1&quot; was added outside AuditBench.</source>
        <translation>未知设置“%1”是在 AuditBench 之外添加的。</translation>
    </message>
    <message>
        <source>The inspection details differ from the custody log in: %1.</source>
        <translation>检查信息与监管链日志不一致之处：%1。</translation>
    </message>
    <message>
        <source>Evidence %1 (%2): its stored contents are missing.</source>
        <translation>证据 %1（%2）：其存储内容缺失。</translation>
    </message>
    <message>
        <source>Evidence %1 (%2) was added outside AuditBench: the custody log never recorded it.</source>
        <translation>证据 %1（%2）是在 AuditBench 之外添加的：监管链日志中没有其记录。</translation>
    </message>
    <message>
        <source>Evidence %1 (%2) differs from the custody log in: %3.</source>
        <translation>证据 %1（%2）与监管链日志不一致之处：%3。</translation>
    </message>
    <message>
        <source>Evidence %1 (%2) recorded in the custody log is missing.</source>
        <translation>监管链日志中记录的证据 %1（%2）缺失。</translation>
    </message>
    <message>
        <source>Stored contents %1 belong to no evidence item.</source>
        <translation>存储内容 %1 不属于任何证据。</translation>
    </message>
    <message>
        <source>Evidence %1: %2</source>
        <translation>证据 %1：%2</translation>
    </message>
    <message>
        <source>A stored chunk (%1/%2) belongs to no evidence contents.</source>
        <translation>存储块（%1/%2）不属于任何证据内容。</translation>
    </message>
    <message>
        <source>The definition of %1 was changed outside AuditBench.</source>
        <translation>%1 的定义在 AuditBench 之外被修改。</translation>
    </message>
    <message>
        <source>Custody entry %1 (%2 of %3) was added outside AuditBench.</source>
        <translation>监管链记录 %1（%3 的 %2）是在 AuditBench 之外添加的。</translation>
    </message>
    <message>
        <source>A catalog was added to the inspection outside AuditBench.</source>
        <translation>有检查目录是在 AuditBench 之外添加到此检查中的。</translation>
    </message>
    <message>
        <source>The pinned catalog differs from the custody log in: %1.</source>
        <translation>所绑定的检查目录与监管链日志不一致之处：%1。</translation>
    </message>
    <message>
        <source>The text of the pinned catalog was changed after it was pinned.</source>
        <translation>所绑定检查目录的文本在绑定后被修改。</translation>
    </message>
    <message>
        <source>The catalog the inspection was pinned to is missing.</source>
        <translation>此检查所绑定的检查目录缺失。</translation>
    </message>
    <message>
        <source>The answer to %1 was added outside AuditBench: the custody log never recorded it.</source>
        <translation>%1 的答复是在 AuditBench 之外添加的：监管链日志中没有其记录。</translation>
    </message>
    <message>
        <source>The answer to %1 differs from the custody log in: %2.</source>
        <translation>%1 的答复与监管链日志不一致之处：%2。</translation>
    </message>
    <message>
        <source>The answer to %1 recorded in the custody log is missing.</source>
        <translation>监管链日志中记录的 %1 的答复缺失。</translation>
    </message>
    <message>
        <source>%1 was added outside AuditBench: the custody log never recorded it.</source>
        <translation>%1 是在 AuditBench 之外添加的：监管链日志中没有其记录。</translation>
    </message>
    <message>
        <source>%1 differs from the custody log in: %2.</source>
        <translation>%1 与监管链日志不一致之处：%2。</translation>
    </message>
    <message>
        <source>%1:%2 recorded in the custody log is missing.</source>
        <translation>监管链日志中记录的 %1:%2 缺失。</translation>
    </message>
</context>
<context>
    <name>ab::catalog::Catalog</name>
    <message>
        <source>%1: not valid JSON at byte %2 (%3).</source>
        <translation>%1：第 %2 字节处不是有效的 JSON（%3）。</translation>
    </message>
    <message>
        <source>%1: a catalog must be a JSON object.</source>
        <translation>%1：检查目录必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>必须为“%1”</translation>
    </message>
    <message>
        <source>must be lower-case letters, digits and &apos;-&apos;</source>
        <translation>只能由小写字母、数字和 &apos;-&apos; 组成</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be cn-miit or vn-mic</source>
        <translation>必须为 cn-miit 或 vn-mic</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; %3.</source>
        <translation>%1：字段 &apos;%2&apos; %3。</translation>
    </message>
    <message>
        <source>%1: item %2, field &apos;%3&apos; %4.</source>
        <translation>%1：检查项 %2，字段 &apos;%3&apos; %4。</translation>
    </message>
    <message>
        <source>must be an object with en, zh_CN and vi texts</source>
        <translation>必须是包含 en、zh_CN 和 vi 文本的对象</translation>
    </message>
    <message>
        <source>has no %1 text</source>
        <translation>缺少 %1 文本</translation>
    </message>
    <message>
        <source>must be a non-empty array</source>
        <translation>必须是非空数组</translation>
    </message>
    <message>
        <source>has a source without an id</source>
        <translation>含有没有 id 的来源</translation>
    </message>
    <message>
        <source>has the id %1 twice</source>
        <translation>id %1 出现了两次</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须为 true 或 false</translation>
    </message>
    <message>
        <source>has a section without an id</source>
        <translation>含有没有 id 的部分</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>must be a number greater than 0</source>
        <translation>必须是大于 0 的数字</translation>
    </message>
    <message>
        <source>must be a number from 0 to 1</source>
        <translation>必须是 0 到 1 之间的数字</translation>
    </message>
    <message>
        <source>must be a number of 0 or more</source>
        <translation>必须是大于或等于 0 的数字</translation>
    </message>
    <message>
        <source>must be an expression in a string</source>
        <translation>必须是写在字符串中的表达式</translation>
    </message>
    <message>
        <source>is not a valid expression: %1</source>
        <translation>不是有效的表达式：%1</translation>
    </message>
    <message>
        <source>uses the unknown name &apos;%1&apos;</source>
        <translation>使用了未知名称 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must look like INT-04</source>
        <translation>格式必须类似 INT-04</translation>
    </message>
    <message>
        <source>is used by two items</source>
        <translation>被两个检查项使用</translation>
    </message>
    <message>
        <source>names no section of this catalog</source>
        <translation>未指向此检查目录中的任何部分</translation>
    </message>
    <message>
        <source>must be interview, document or probe</source>
        <translation>必须为 interview、document 或 probe</translation>
    </message>
    <message>
        <source>must list at least one clause</source>
        <translation>必须列出至少一个条款</translation>
    </message>
    <message>
        <source>cites the unknown source &apos;%1&apos;</source>
        <translation>引用了未知来源 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>needs verified: true or false on every clause</source>
        <translation>每个条款都需要 verified: true 或 false</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>必须是 %1 之一</translation>
    </message>
    <message>
        <source>must offer at least two choices</source>
        <translation>必须提供至少两个选项</translation>
    </message>
    <message>
        <source>has a missing, malformed or repeated id &apos;%1&apos;</source>
        <translation>存在缺失、格式错误或重复的 id &apos;%1&apos;</translation>
    </message>
    <message>
        <source>makes no sense for a compliance answer</source>
        <translation>对符合性类型的答复没有意义</translation>
    </message>
    <message>
        <source>lists the unknown evidence kind &apos;%1&apos;</source>
        <translation>列出了未知的证据类型 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be high, medium, low or info</source>
        <translation>必须为 high、medium、low 或 info</translation>
    </message>
    <message>
        <source>must name the probe checks that answer a probe item</source>
        <translation>必须指明用于答复探测类检查项的探测检查</translation>
    </message>
    <message>
        <source>refers to the item %1, which does not exist</source>
        <translation>引用了不存在的检查项 %1</translation>
    </message>
    <message>
        <source>refers to the item itself</source>
        <translation>引用了检查项自身</translation>
    </message>
    <message>
        <source>is part of a cycle of references: %1</source>
        <translation>属于循环引用：%1</translation>
    </message>
    <message>
        <source>%1: a catalog larger than 16 MiB is refused.</source>
        <translation>%1：拒绝大于 16 MiB 的检查目录。</translation>
    </message>
    <message>
        <source>Cannot read the catalog %1: %2.</source>
        <translation>无法读取检查目录 %1：%2。</translation>
    </message>
    <message>
        <source>There is no shipped catalog &quot;%1&quot; (shipped: %2).</source>
        <translation>没有内置检查目录“%1”（内置：%2）。</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
    <message>
        <source>must list at least one item</source>
        <translation>必须至少列出一个检查项</translation>
    </message>
    <message>
        <source>names the item %1, which does not exist</source>
        <translation>引用了不存在的检查项 %1</translation>
    </message>
</context>
<context>
    <name>ab::catalog::Expression</name>
    <message>
        <source>column %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <source>a number needs digits after &apos;.&apos;</source>
        <translation>数字的 &apos;.&apos; 之后必须有数字</translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation>数字过大</translation>
    </message>
    <message>
        <source>only \\, \&apos; and \&quot; may follow a backslash in a string</source>
        <translation>字符串中反斜杠后只能跟 \\、\&apos; 或 \&quot;</translation>
    </message>
    <message>
        <source>the string is not closed (missing %1)</source>
        <translation>字符串未闭合（缺少 %1）</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; (did you mean &apos;%1%1&apos;?)</source>
        <translation>意外的字符 &apos;%1&apos;（是否想写 &apos;%1%1&apos;？）</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>意外的字符 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the end of the expression</source>
        <translation>表达式结尾</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>数字 %1</translation>
    </message>
    <message>
        <source>the string &apos;%1&apos;</source>
        <translation>字符串 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos;</source>
        <translation>名称 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected an operator or the end, found %1</source>
        <translation>此处应为运算符或结尾，实际为%1</translation>
    </message>
    <message>
        <source>the expression nests deeper than %1 levels</source>
        <translation>表达式嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at column %1, found %2</source>
        <translation>应为 &apos;)&apos; 以闭合第 %1 列的 &apos;(&apos;，实际为%2</translation>
    </message>
    <message>
        <source>%1 is a function: write %1(...)</source>
        <translation>%1 是函数：请写作 %1(...)</translation>
    </message>
    <message>
        <source>expected a value, found %1</source>
        <translation>此处应为一个值，实际为%1</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos; (known: answer, answered, contains, count)</source>
        <translation>未知函数 &apos;%1&apos;（已知：answer、answered、contains、count）</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; in the call of %1(), found %2</source>
        <translation>在 %1() 的调用中应为 &apos;,&apos; 或 &apos;)&apos;，实际为%2</translation>
    </message>
    <message>
        <source>%1() takes 1 argument, got %2</source>
        <translation>%1() 需要 1 个参数，实际为 %2 个</translation>
    </message>
    <message>
        <source>%1() takes 2 arguments, got %2</source>
        <translation>%1() 需要 2 个参数，实际为 %2 个</translation>
    </message>
    <message>
        <source>%1() needs a quoted item id, such as %1(&apos;INT-01&apos;)</source>
        <translation>%1() 需要带引号的检查项编号，例如 %1(&apos;INT-01&apos;)</translation>
    </message>
    <message>
        <source>%1() needs a non-empty item id</source>
        <translation>%1() 需要非空的检查项编号</translation>
    </message>
    <message>
        <source>null</source>
        <translation>空值</translation>
    </message>
    <message>
        <source>bool</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos;</source>
        <translation>未知名称 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; has a value of unsupported type %2</source>
        <translation>名称 &apos;%1&apos; 的值类型 %2 不受支持</translation>
    </message>
    <message>
        <source>the answer to &apos;%1&apos; has a value of unsupported type %2</source>
        <translation>&apos;%1&apos; 的答复值类型 %2 不受支持</translation>
    </message>
    <message>
        <source>%1() needs a list, got %2</source>
        <translation>%1() 需要列表，实际为%2</translation>
    </message>
    <message>
        <source>%1() needs a list and a string, got %2 and %3</source>
        <translation>%1() 需要一个列表和一个字符串，实际为%2和%3</translation>
    </message>
    <message>
        <source>&apos;!&apos; needs a bool, got %1</source>
        <translation>&apos;!&apos; 需要布尔值，实际为%1</translation>
    </message>
    <message>
        <source>&apos;-&apos; needs a number, got %1</source>
        <translation>&apos;-&apos; 需要数字，实际为%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs two bools, got %2 on the left</source>
        <translation>&apos;%1&apos; 需要两个布尔值，左侧实际为%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs two bools, got %2 on the right</source>
        <translation>&apos;%1&apos; 需要两个布尔值，右侧实际为%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2, got %3 and %4</source>
        <translation>&apos;%1&apos; 需要%2，实际为%3和%4</translation>
    </message>
    <message>
        <source>two numbers or two strings</source>
        <translation>两个数字或两个字符串</translation>
    </message>
    <message>
        <source>two numbers</source>
        <translation>两个数字</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>除数为零</translation>
    </message>
    <message>
        <source>the result of &apos;%1&apos; is too large</source>
        <translation>&apos;%1&apos; 的结果过大</translation>
    </message>
    <message>
        <source>The expression is %1 characters long; at most %2 are allowed.</source>
        <translation>表达式长 %1 个字符；最多允许 %2 个。</translation>
    </message>
    <message>
        <source>The expression is empty.</source>
        <translation>表达式为空。</translation>
    </message>
    <message>
        <source>The expression was never parsed.</source>
        <translation>表达式从未被解析。</translation>
    </message>
    <message>
        <source>The expression gives a %1 where true or false is needed.</source>
        <translation>表达式的结果是%1，而此处需要 true 或 false。</translation>
    </message>
</context>
<context>
    <name>ab::catalog::Questionnaire</name>
    <message>
        <source>&quot;%1&quot; is not a valid answer to %2: expected %3.</source>
        <translation>“%1”不是 %2 的有效答复：应为%3。</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>一个数字</translation>
    </message>
    <message>
        <source>a date as YYYY-MM-DD</source>
        <translation>YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>%1 之一</translation>
    </message>
    <message>
        <source>some text</source>
        <translation>一段文本</translation>
    </message>
    <message>
        <source>Catalog %1 has no item %2.</source>
        <translation>检查目录 %1 中没有检查项 %2。</translation>
    </message>
    <message>
        <source>%1 was answered by a probe; give a reason to override it.</source>
        <translation>%1 已由探测给出答复；如需覆盖，请说明理由。</translation>
    </message>
    <message>
        <source>The inspection is open read-only; answers cannot be changed.</source>
        <translation>检查以只读方式打开；无法更改答复。</translation>
    </message>
</context>
<context>
    <name>ab::cli</name>
    <message>
        <source>The new inspection file (never overwritten).</source>
        <translation>新的检查文件（绝不覆盖）。</translation>
    </message>
    <message>
        <source>cn-miit or vn-mic.</source>
        <translation>cn-miit 或 vn-mic。</translation>
    </message>
    <message>
        <source>REGIME</source>
        <translation>制度</translation>
    </message>
    <message>
        <source>The inspected organisation.</source>
        <translation>被检查单位。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>A system and its security level 1..5 (repeatable).</source>
        <translation>一个系统及其安全保护等级 1..5（可重复）。</translation>
    </message>
    <message>
        <source>NAME:LEVEL</source>
        <translation>名称:等级</translation>
    </message>
    <message>
        <source>An authorised target: CIDR, HOST or HOST:PORTS (repeatable).</source>
        <translation>一个授权目标：CIDR、主机 或 主机:端口（可重复）。</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>A member of the inspection team (repeatable).</source>
        <translation>检查组成员（可重复）。</translation>
    </message>
    <message>
        <source>Where the inspection takes place.</source>
        <translation>检查地点。</translation>
    </message>
    <message>
        <source>PLACE</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Create a new inspection file.</source>
        <translation>创建新的检查文件。</translation>
    </message>
    <message>
        <source>--regime and --org are required.</source>
        <translation>必须指定 --regime 和 --org。</translation>
    </message>
    <message>
        <source>Created %1 (%2, %3).</source>
        <translation>已创建 %1（%2，%3）。</translation>
    </message>
    <message>
        <source>The inspection file.</source>
        <translation>检查文件。</translation>
    </message>
    <message>
        <source>Describe an inspection: regime, organisation, systems, scope, team, counts, chain head.</source>
        <translation>显示检查信息：检查制度、单位、系统、范围、检查组、数量、链头。</translation>
    </message>
    <message>
        <source>Inspection:    %1</source>
        <translation>检查：        %1</translation>
    </message>
    <message>
        <source>Regime:        %1</source>
        <translation>检查制度：    %1</translation>
    </message>
    <message>
        <source>Organisation:  %1</source>
        <translation>被检查单位：  %1</translation>
    </message>
    <message>
        <source>Location:      %1</source>
        <translation>地点：        %1</translation>
    </message>
    <message>
        <source>System:        %1 (level %2)</source>
        <translation>系统：        %1（等级 %2）</translation>
    </message>
    <message>
        <source>Scope:         %1</source>
        <translation>范围：        %1</translation>
    </message>
    <message>
        <source>(none: probing is refused)</source>
        <translation>（无：将拒绝探测）</translation>
    </message>
    <message>
        <source>Team:          %1</source>
        <translation>检查组：      %1</translation>
    </message>
    <message>
        <source>Catalog:       %1 %2</source>
        <translation>检查目录：    %1 %2</translation>
    </message>
    <message>
        <source>Created:       %1</source>
        <translation>创建时间：    %1</translation>
    </message>
    <message>
        <source>Evidence:      %1 items</source>
        <translation>证据：        %1 项</translation>
    </message>
    <message>
        <source>Custody log:   %1 entries, head %2</source>
        <translation>监管链日志：  %1 条记录，链头 %2</translation>
    </message>
    <message>
        <source>Files or folders to import.</source>
        <translation>要导入的文件或文件夹。</translation>
    </message>
    <message>
        <source>document, photo, note or transcript (default: from the file name).</source>
        <translation>document、photo、note 或 transcript（默认：根据文件名判断）。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>The checklist item the evidence supports.</source>
        <translation>该证据所支持的检查项。</translation>
    </message>
    <message>
        <source>ITEM_ID</source>
        <translation>检查项编号</translation>
    </message>
    <message>
        <source>A note kept with the evidence.</source>
        <translation>随证据保存的备注。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Import files as evidence (streamed, hashed, encrypted).</source>
        <translation>将文件导入为证据（流式处理、计算哈希、加密）。</translation>
    </message>
    <message>
        <source>unknown --kind &quot;%1&quot;; use document, photo, note or transcript.</source>
        <translation>未知的 --kind“%1”；请使用 document、photo、note 或 transcript。</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>已跳过 %1</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>没有可导入的内容。</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>not added: %1</source>
        <translation>未添加：%1</translation>
    </message>
    <message>
        <source>List the evidence items.</source>
        <translation>列出证据。</translation>
    </message>
    <message>
        <source>The evidence id.</source>
        <translation>证据编号。</translation>
    </message>
    <message>
        <source>Where to write the original bytes.</source>
        <translation>原始内容的写入位置。</translation>
    </message>
    <message>
        <source>Write an evidence item&apos;s original bytes out (checked against its SHA-256).</source>
        <translation>导出证据的原始内容（按其 SHA-256 校验）。</translation>
    </message>
    <message>
        <source>ID must be a positive number, as printed by evidence list.</source>
        <translation>ID 必须是正整数，即 evidence list 所显示的编号。</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, sha256 %3).</source>
        <translation>已写入 %1（%2，sha256 %3）。</translation>
    </message>
    <message>
        <source>Usage: auditbench-cli evidence add|list|export FILE ...
  add FILE PATH... [--kind K] [--item ITEM_ID] [--note TEXT]
  list FILE [--json]
  export FILE ID OUTPATH
</source>
        <translation>用法：auditbench-cli evidence add|list|export FILE ...
  add FILE PATH... [--kind K] [--item ITEM_ID] [--note TEXT]
  list FILE [--json]
  export FILE ID OUTPATH
</translation>
    </message>
    <message>
        <source>auditbench-cli evidence: use add, list or export (see auditbench-cli evidence --help).</source>
        <translation>auditbench-cli evidence：请使用 add、list 或 export（参见 auditbench-cli evidence --help）。</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>正在校验</translation>
    </message>
    <message>
        <source>Intact: %1 evidence items (%2) re-hashed, %3 custody entries chained, head %4.</source>
        <translation>完整：已重新校验 %1 项证据（%2），监管链 %3 条记录链接无误，链头 %4。</translation>
    </message>
    <message numerus="yes">
        <source>NOT INTACT: %n problem(s) found.</source>
        <translation>
            <numerusform>不完整：发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>auditbench-cli: unknown command &quot;%1&quot;; see auditbench-cli --help.</source>
        <translation>auditbench-cli：未知命令“%1”；参见 auditbench-cli --help。</translation>
    </message>
    <message>
        <source>Print one JSON document on stdout.</source>
        <translation>在标准输出上打印一个 JSON 文档。</translation>
    </message>
    <message>
        <source>Language of messages: zh_CN, vi or en.</source>
        <translation>消息语言：zh_CN、vi 或 en。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Read the inspection passphrase from FILE (else from AUDITBENCH_PASSPHRASE).</source>
        <translation>从 FILE 读取检查口令（否则从 AUDITBENCH_PASSPHRASE 读取）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Name recorded in the custody log for this change (else AUDITBENCH_USER or the login name).</source>
        <translation>本次更改在监管链日志中记录的姓名（否则使用 AUDITBENCH_USER 或登录名）。</translation>
    </message>
    <message>
        <source>missing arguments; see auditbench-cli %1 --help</source>
        <translation>缺少参数；参见 auditbench-cli %1 --help</translation>
    </message>
    <message>
        <source>too many arguments; see auditbench-cli %1 --help</source>
        <translation>参数过多；参见 auditbench-cli %1 --help</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2.</source>
        <translation>无法读取口令文件 %1：%2。</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>口令文件 %1 为空。</translation>
    </message>
    <message>
        <source>No passphrase: set AUDITBENCH_PASSPHRASE or use --passphrase-file FILE.</source>
        <translation>没有口令：请设置 AUDITBENCH_PASSPHRASE 或使用 --passphrase-file FILE。</translation>
    </message>
    <message>
        <source>Print the custody log: who did what to which object, each entry chained to the one before.</source>
        <translation>打印监管链日志：谁对哪个对象做了什么，每条记录都与前一条链接。</translation>
    </message>
    <message>
        <source>auditbench-cli: no command given; see auditbench-cli --help.</source>
        <translation>auditbench-cli：未指定命令；请参阅 auditbench-cli --help。</translation>
    </message>
    <message>
        <source>A shipped catalog id (cn-miit, vn-mic) or the path of a catalog file (default: the regime&apos;s).</source>
        <translation>内置检查目录编号（cn-miit、vn-mic）或检查目录文件的路径（默认：该检查制度的检查目录）。</translation>
    </message>
    <message>
        <source>ID|PATH</source>
        <translation>编号|路径</translation>
    </message>
    <message>
        <source>unknown --regime &quot;%1&quot;; use cn-miit or vn-mic.</source>
        <translation>未知的 --regime“%1”；请使用 cn-miit 或 vn-mic。</translation>
    </message>
    <message>
        <source>Catalog %1 is for the regime %2, not %3.</source>
        <translation>检查目录 %1 适用于检查制度 %2，而不是 %3。</translation>
    </message>
    <message>
        <source>Answers:       %1</source>
        <translation>答复：        %1</translation>
    </message>
    <message>
        <source>The checklist item, e.g. INT-04.</source>
        <translation>检查项，例如 INT-04。</translation>
    </message>
    <message>
        <source>compliant|partial|noncompliant|na, or the item&apos;s own type: yes|no, a number, YYYY-MM-DD, a choice id, comma-separated choice ids, text.</source>
        <translation>compliant|partial|noncompliant|na，或该检查项自身的类型：yes|no、数字、YYYY-MM-DD、选项编号、以逗号分隔的多个选项编号、文本。</translation>
    </message>
    <message>
        <source>A note kept with the answer.</source>
        <translation>随答复保存的备注。</translation>
    </message>
    <message>
        <source>An evidence id supporting the answer (repeatable).</source>
        <translation>支持该答复的证据编号（可重复）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Why a probe&apos;s answer is being overridden.</source>
        <translation>覆盖探测所得答复的理由。</translation>
    </message>
    <message>
        <source>Answer a checklist item.</source>
        <translation>答复一个检查项。</translation>
    </message>
    <message>
        <source>--evidence takes an evidence id, as printed by evidence list.</source>
        <translation>--evidence 需要证据编号，即 evidence list 所显示的编号。</translation>
    </message>
    <message>
        <source>There is no evidence item %1 in this inspection.</source>
        <translation>本检查中没有编号为 %1 的证据。</translation>
    </message>
    <message>
        <source>%1 answered: %2</source>
        <translation>已答复 %1：%2</translation>
    </message>
    <message>
        <source>Only the items still to answer.</source>
        <translation>仅显示尚待答复的检查项。</translation>
    </message>
    <message>
        <source>Also the items ruled out by level or skip logic.</source>
        <translation>同时显示因等级或跳过逻辑而排除的检查项。</translation>
    </message>
    <message>
        <source>The applicable checklist items (after levels and skip logic) with their state.</source>
        <translation>适用的检查项（经等级和跳过逻辑筛选后）及其状态。</translation>
    </message>
    <message>
        <source>The quantitative score per section and in total, by the catalog&apos;s rules.</source>
        <translation>按检查目录规则计算的各部分得分及总得分。</translation>
    </message>
    <message>
        <source>Score: %1 of %2 (%3 answered, %4 pending, deductions %5)</source>
        <translation>得分：%1 / %2（已答复 %3，待答复 %4，扣分 %5）</translation>
    </message>
    <message>
        <source>Not met by severity: high %1, medium %2, low %3, info %4</source>
        <translation>未达标项（按严重程度）：高 %1，中 %2，低 %3，信息 %4</translation>
    </message>
    <message>
        <source>auditbench-cli catalog: use &quot;catalog check PATH|ID&quot;.</source>
        <translation>auditbench-cli catalog：请使用“catalog check PATH|ID”。</translation>
    </message>
    <message>
        <source>A catalog file, or a shipped catalog id.</source>
        <translation>检查目录文件，或内置检查目录编号。</translation>
    </message>
    <message>
        <source>Validate a checklist catalog (docs/catalog-format.md); exit 3 names the item and field at fault.</source>
        <translation>校验检查目录（docs/catalog-format.md）；退出码为 3 时会指明出错的检查项和字段。</translation>
    </message>
    <message>
        <source>Valid: %1 %2 (%3), %4 items: %5 interview, %6 document, %7 probe.</source>
        <translation>有效：%1 %2（%3），共 %4 个检查项：访谈 %5 个，文档 %6 个，探测 %7 个。</translation>
    </message>
    <message>
        <source>Findings:      %1</source>
        <translation>发现问题：    %1</translation>
    </message>
    <message>
        <source>List the devices found on the site network and their services.</source>
        <translation>列出在现场网络中发现的设备及其服务。</translation>
    </message>
    <message>
        <source>No devices yet: run probe or import-nmap.</source>
        <translation>尚无设备：请运行 probe 或 import-nmap。</translation>
    </message>
    <message>
        <source>List the findings: severity, device, checklist item and the evidence that proves each.</source>
        <translation>列出发现的问题：严重程度、设备、检查项，以及证明每个问题的证据。</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>evidence %1</source>
        <translation>证据 %1</translation>
    </message>
    <message>
        <source>A target inside the scope: CIDR, HOST or HOST:PORTS (repeatable; default: the whole scope).</source>
        <translation>授权范围内的一个目标：CIDR、主机 或 主机:端口（可重复；默认：整个授权范围）。</translation>
    </message>
    <message>
        <source>Ports: camera (default), top100, all, or a list such as 80,443,8000-8100.</source>
        <translation>端口：camera（默认）、top100、all，或端口列表，例如 80,443,8000-8100。</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Do not try default or weak passwords (nor SNMP communities).</source>
        <translation>不尝试默认口令或弱口令（也不尝试 SNMP 团体名）。</translation>
    </message>
    <message>
        <source>Do not probe SNMP, SIP, SSDP or WS-Discovery over UDP.</source>
        <translation>不通过 UDP 探测 SNMP、SIP、SSDP 或 WS-Discovery。</translation>
    </message>
    <message>
        <source>New connections per second, all hosts together (default 300; 0 = no limit).</source>
        <translation>每秒新建连接数，所有主机合计（默认 300；0 = 不限制）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Connections open at once (default 64).</source>
        <translation>同时打开的连接数（默认 64）。</translation>
    </message>
    <message>
        <source>Connections open at once to one host (default 8).</source>
        <translation>对单台主机同时打开的连接数（默认 8）。</translation>
    </message>
    <message>
        <source>Password attempts per account per device within 5 minutes (default 3).</source>
        <translation>每台设备每个账户 5 分钟内的口令尝试次数（默认 3）。</translation>
    </message>
    <message>
        <source>A folder of extra credential lists (*.json).</source>
        <translation>存放附加口令字典（*.json）的文件夹。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Probe the devices inside the authorised scope: open ports, services, TLS, weak passwords, known vulnerabilities. Out-of-scope targets are refused before anything is sent.</source>
        <translation>探测授权范围内的设备：开放端口、服务、TLS、弱口令、已知漏洞。超出授权范围的目标在发送任何数据之前即被拒绝。</translation>
    </message>
    <message>
        <source>--rate, --concurrency, --per-host and --attempts take a whole number in range.</source>
        <translation>--rate、--concurrency、--per-host 和 --attempts 需要取值范围内的整数。</translation>
    </message>
    <message>
        <source>Probe run %1 %2: %3 hosts, %4 open ports, %5 services, %6 findings (%7 new), %8 transcripts kept.</source>
        <translation>探测任务 %1 %2：主机 %3 台，开放端口 %4 个，服务 %5 个，问题 %6 个（新增 %7 个），已保存探测记录 %8 份。</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>The probe was stopped; what was found so far is kept.</source>
        <translation>探测已停止；目前已发现的内容均已保留。</translation>
    </message>
    <message>
        <source>nmap&apos;s XML output (nmap -oX).</source>
        <translation>nmap 的 XML 输出（nmap -oX）。</translation>
    </message>
    <message>
        <source>Import hosts, ports and services from nmap XML output as evidence, devices and services.</source>
        <translation>从 nmap 的 XML 输出中导入主机、端口和服务，分别作为证据、设备和服务保存。</translation>
    </message>
    <message>
        <source>Imported %1: %2 devices, %3 services, %4 findings; the XML is evidence %5.</source>
        <translation>已导入 %1：设备 %2 台，服务 %3 个，问题 %4 个；该 XML 已保存为证据 %5。</translation>
    </message>
    <message>
        <source>Sweeping %1 hosts, %2 open ports so far</source>
        <translation>正在扫描 %1 台主机，已发现 %2 个开放端口</translation>
    </message>
    <message>
        <source>Sealed:        by %1 at %2, signer %3, covering custody entry %4 (run verify to check the seal)</source>
        <translation>封存：        由 %1 于 %2 封存，签名者 %3，涵盖监管链记录 %4（运行 verify 可校验封存）</translation>
    </message>
    <message>
        <source>Sealed:        no</source>
        <translation>封存：        否</translation>
    </message>
    <message>
        <source>approved by %1 at %2</source>
        <translation>已由 %1 于 %2 批准</translation>
    </message>
    <message>
        <source>rejected by %1 at %2</source>
        <translation>已由 %1 于 %2 驳回</translation>
    </message>
    <message>
        <source>no decision</source>
        <translation>尚无决定</translation>
    </message>
    <message>
        <source>Review:        %1 comment(s), %2 approval(s), %3 rejection(s); %4</source>
        <translation>审阅：        意见 %1 条，批准 %2 次，驳回 %3 次；%4</translation>
    </message>
    <message>
        <source>sealed by %1, covering entry %2</source>
        <translation>由 %1 封存，涵盖记录 %2</translation>
    </message>
    <message>
        <source>copy to %1%2</source>
        <translation>复制到 %1%2</translation>
    </message>
    <message>
        <source> (sealed)</source>
        <translation> （已封存）</translation>
    </message>
    <message>
        <source>%1 is not a certificate (PEM or DER).</source>
        <translation>%1 不是证书（PEM 或 DER）。</translation>
    </message>
    <message>
        <source>Also trust this certificate (PEM or DER) when judging a seal&apos;s signer (repeatable).</source>
        <translation>判断封存的签名者时，同时信任此证书（PEM 或 DER）（可重复）。</translation>
    </message>
    <message>
        <source>CERT</source>
        <translation>CERT</translation>
    </message>
    <message>
        <source>Re-hash every evidence item, walk the custody chain, check the schema and, on a sealed copy, the seal.</source>
        <translation>重新计算每项证据的哈希，遍历监管链，检查数据库结构；对于封存副本，还将校验封存。</translation>
    </message>
    <message>
        <source>Seal %1: sealed by %2 at %3 with the certificate of %4 (%5); signature %6; %7.</source>
        <translation>封存 %1：由 %2 于 %3 使用 %4 的证书（%5）封存；签名%6；%7。</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>[merged into %1]</source>
        <translation>[已合并到 %1]</translation>
    </message>
    <message>
        <source>Also discover devices by multicast WS-Discovery and SSDP (239.255.255.250, TTL 1); the scope must name 239.255.255.250.</source>
        <translation>同时通过组播 WS-Discovery 和 SSDP 发现设备（239.255.255.250，TTL 1）；授权范围中必须包含 239.255.255.250。</translation>
    </message>
    <message>
        <source>A folder of extra vulnerability fingerprint rules (*.json).</source>
        <translation>存放附加漏洞指纹规则（*.json）的文件夹。</translation>
    </message>
    <message>
        <source>--multicast sends WS-Discovery and SSDP over UDP; it cannot be combined with --no-udp.</source>
        <translation>--multicast 通过 UDP 发送 WS-Discovery 和 SSDP；不能与 --no-udp 同时使用。</translation>
    </message>
    <message numerus="yes">
        <source>Multicast discovery: %n device(s) answered from inside the scope; %1 replies from outside it were dropped unread.</source>
        <translation>
            <numerusform>组播发现：授权范围内有 %n 台设备响应；来自范围外的 %1 个响应未经读取即被丢弃。</numerusform>
        </translation>
    </message>
    <message>
        <source>Multicast discovery skipped: %1</source>
        <translation>已跳过组播发现：%1</translation>
    </message>
    <message>
        <source>Multicast discovery failed: %1</source>
        <translation>组播发现失败：%1</translation>
    </message>
    <message>
        <source>Sign with the key and certificate in this PKCS#12 file (.p12/.pfx).</source>
        <translation>使用此 PKCS#12 文件（.p12/.pfx）中的密钥和证书签名。</translation>
    </message>
    <message>
        <source>KEY.p12</source>
        <translation>KEY.p12</translation>
    </message>
    <message>
        <source>Read the key file&apos;s passphrase from FILE (else AUDITBENCH_KEY_PASSPHRASE, else a prompt).</source>
        <translation>从 FILE 读取密钥文件的口令（否则使用 AUDITBENCH_KEY_PASSPHRASE，再否则提示输入）。</translation>
    </message>
    <message>
        <source>Sign with a key on a PKCS#11 token (USB key, smart card), named by its pkcs11: URI.</source>
        <translation>使用 PKCS#11 令牌（USB Key、智能卡）上的密钥签名，令牌以其 pkcs11: URI 指定。</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>The token&apos;s PKCS#11 module (default: p11-kit-proxy, which loads every registered module).</source>
        <translation>令牌的 PKCS#11 模块（默认：p11-kit-proxy，它会加载所有已注册的模块）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate, when the token does not hold it beside the key.</source>
        <translation>签名者的证书（当令牌中未与密钥一起存放证书时使用）。</translation>
    </message>
    <message>
        <source>Read the token PIN from FILE (else AUDITBENCH_PIN, else a prompt).</source>
        <translation>从 FILE 读取令牌 PIN（否则使用 AUDITBENCH_PIN，再否则提示输入）。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>文件 %1 为空。</translation>
    </message>
    <message>
        <source>Give either --%1 KEY.p12 or --pkcs11 URI, not both.</source>
        <translation>请指定 --%1 KEY.p12 或 --pkcs11 URI 之一，不能同时指定。</translation>
    </message>
    <message>
        <source>--%1 goes with --pkcs11 URI.</source>
        <translation>--%1 须与 --pkcs11 URI 一起使用。</translation>
    </message>
    <message>
        <source>--%1 goes with --%2 KEY.p12; a token takes --pin-file.</source>
        <translation>--%1 须与 --%2 KEY.p12 一起使用；令牌请使用 --pin-file。</translation>
    </message>
    <message>
        <source>No signing key: give --%1 KEY.p12 or --pkcs11 URI.</source>
        <translation>没有签名密钥：请指定 --%1 KEY.p12 或 --pkcs11 URI。</translation>
    </message>
    <message>
        <source>The key file %1 does not exist.</source>
        <translation>密钥文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>%1 的口令： </translation>
    </message>
    <message>
        <source>No passphrase for %1: use --key-passphrase-file FILE or AUDITBENCH_KEY_PASSPHRASE (or run it in a terminal to be asked).</source>
        <translation>没有 %1 的口令：请使用 --key-passphrase-file FILE 或 AUDITBENCH_KEY_PASSPHRASE（或在终端中运行以便提示输入）。</translation>
    </message>
    <message>
        <source>PIN for the token: </source>
        <translation>令牌 PIN： </translation>
    </message>
    <message>
        <source>No PIN for the token: use --pin-file FILE or AUDITBENCH_PIN (or run it in a terminal to be asked).</source>
        <translation>没有令牌 PIN：请使用 --pin-file FILE 或 AUDITBENCH_PIN（或在终端中运行以便提示输入）。</translation>
    </message>
    <message>
        <source>The copy to write (OUT.inspection).</source>
        <translation>要写入的副本（OUT.inspection）。</translation>
    </message>
    <message>
        <source>Replace OUT if it exists (never the inspection itself).</source>
        <translation>如果 OUT 已存在则替换（绝不替换检查文件本身）。</translation>
    </message>
    <message>
        <source>Write a copy of the inspection for a supervisor; with --seal or --pkcs11, sealed: a signed manifest of the custody chain head, the evidence hashes and the inspection details that verify checks on the copy.</source>
        <translation>为督导人员写出检查副本；使用 --seal 或 --pkcs11 时生成封存副本：对监管链链头、证据哈希和检查信息签名形成清单，verify 可据此在副本上进行校验。</translation>
    </message>
    <message>
        <source>copying</source>
        <translation>正在复制</translation>
    </message>
    <message>
        <source>sealing</source>
        <translation>正在封存</translation>
    </message>
    <message>
        <source>%1 is a plain copy, not sealed: verify on it checks its custody log but no seal. Use --seal KEY.p12 or --pkcs11 URI to seal it.</source>
        <translation>%1 是普通副本，未封存：对其运行 verify 只校验其监管链日志，不校验封存。请使用 --seal KEY.p12 或 --pkcs11 URI 进行封存。</translation>
    </message>
    <message>
        <source>Sealed copy %1 written (%2): %3 evidence items and custody head %4 (entry %5) signed by %6.</source>
        <translation>已写入封存副本 %1（%2）：%3 项证据及监管链链头 %4（记录 %5）已由 %6 签名。</translation>
    </message>
    <message>
        <source>Copy %1 written (%2).</source>
        <translation>已写入副本 %1（%2）。</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>rejection</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>No review yet.</source>
        <translation>尚无审阅记录。</translation>
    </message>
    <message>
        <source>Give --passphrase-file once (the same passphrase for every file) or once per file, in order.</source>
        <translation>请只指定一次 --passphrase-file（所有文件使用同一口令），或按顺序为每个文件各指定一次。</translation>
    </message>
    <message>
        <source>The inspection file (a sealed copy for approvals and rejections).</source>
        <translation>检查文件（批准和驳回须针对封存副本）。</translation>
    </message>
    <message>
        <source>A review comment; with --approve or --reject, its text.</source>
        <translation>审阅意见；与 --approve 或 --reject 一起使用时，作为其说明文字。</translation>
    </message>
    <message>
        <source>What the comment is about: evidence:N, finding:N, answer:ITEM or report:N.</source>
        <translation>意见针对的对象：evidence:N、finding:N、answer:ITEM 或 report:N。</translation>
    </message>
    <message>
        <source>OBJ</source>
        <translation>OBJ</translation>
    </message>
    <message>
        <source>Approve the sealed inspection.</source>
        <translation>批准已封存的检查。</translation>
    </message>
    <message>
        <source>Reject the sealed inspection (--comment gives the reason).</source>
        <translation>驳回已封存的检查（由 --comment 给出理由）。</translation>
    </message>
    <message>
        <source>List the review comments and decisions.</source>
        <translation>列出审阅意见和决定。</translation>
    </message>
    <message>
        <source>Add a supervisor&apos;s comment, approval or rejection (recorded in the custody log; a seal stays intact), or list them.</source>
        <translation>添加督导人员的意见、批准或驳回（记入监管链日志；封存保持完好），或列出已有记录。</translation>
    </message>
    <message>
        <source>use one of --comment, --approve, --reject or --list.</source>
        <translation>请使用 --comment、--approve、--reject 或 --list 之一。</translation>
    </message>
    <message>
        <source>--list takes no --comment or --object.</source>
        <translation>--list 不接受 --comment 或 --object。</translation>
    </message>
    <message>
        <source>say what to record: --comment TEXT, --approve, --reject --comment TEXT, or --list.</source>
        <translation>请说明要记录的内容：--comment TEXT、--approve、--reject --comment TEXT 或 --list。</translation>
    </message>
    <message>
        <source>--reject needs a reason: --comment TEXT.</source>
        <translation>--reject 需要理由：--comment TEXT。</translation>
    </message>
    <message>
        <source>--object goes with a comment; approvals and rejections are about the whole inspection.</source>
        <translation>--object 只能与意见一起使用；批准和驳回针对的是整个检查。</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> （对象：%1）</translation>
    </message>
    <message>
        <source>Recorded %1 %2%3 by %4, after seal %5 (the seal stays intact).</source>
        <translation>已记录%1 %2%3，记录人：%4，位于封存 %5 之后（封存保持完好）。</translation>
    </message>
    <message>
        <source>Recorded %1 %2%3 by %4.</source>
        <translation>已记录%1 %2%3，记录人：%4。</translation>
    </message>
    <message>
        <source>Two or more inspection files of the same site.</source>
        <translation>同一现场的两个或多个检查文件。</translation>
    </message>
    <message>
        <source>Also list what the files agree on.</source>
        <translation>同时列出各文件一致的内容。</translation>
    </message>
    <message>
        <source>Show what differs between inspections of the same site: details, answers, findings, devices, services, evidence. --passphrase-file once for all files or once per file, in order.</source>
        <translation>显示同一现场各次检查之间的差异：检查信息、答复、问题、设备、服务、证据。--passphrase-file 可为所有文件指定一次，或按顺序为每个文件各指定一次。</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>无差异。</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s):</source>
        <translation>
            <numerusform>%n 处差异：</numerusform>
        </translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>（不存在）</translation>
    </message>
    <message>
        <source>Where to write the document (replaced if it exists).</source>
        <translation>文档的写入位置（如已存在则替换）。</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>report (inspection report), notice (rectification notice) or record (on-site record); default report.</source>
        <translation>report（网络安全检查报告）、notice（整改通知书）或 record（现场检查记录）；默认为 report。</translation>
    </message>
    <message>
        <source>pdf or html; default pdf.</source>
        <translation>pdf 或 html；默认为 pdf。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The document number as printed (default: the next of its kind).</source>
        <translation>印在文档上的文号（默认：同类文档的下一个编号）。</translation>
    </message>
    <message>
        <source>The date of issue (default: today); deadlines count from it.</source>
        <translation>签发日期（默认：今天）；整改期限自该日起算。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The inspecting body named at the head of the document.</source>
        <translation>文档抬头所列的检查机构。</translation>
    </message>
    <message>
        <source>Where the document is issued (default: the inspection&apos;s location).</source>
        <translation>文档签发地点（默认：检查地点）。</translation>
    </message>
    <message>
        <source>A representative of the inspected organisation, for the on-site record (repeatable).</source>
        <translation>被检查单位的代表，用于现场检查记录（可重复）。</translation>
    </message>
    <message>
        <source>Days to rectify a finding without its own deadline (default 30).</source>
        <translation>未单独设定期限的问题的整改天数（默认 30）。</translation>
    </message>
    <message>
        <source>--lang must be zh_CN, vi or en.</source>
        <translation>--lang 必须为 zh_CN、vi 或 en。</translation>
    </message>
    <message>
        <source>unknown --kind &quot;%1&quot;; use report, notice or record.</source>
        <translation>未知的 --kind“%1”；请使用 report、notice 或 record。</translation>
    </message>
    <message>
        <source>unknown --format &quot;%1&quot;; use pdf or html.</source>
        <translation>未知的 --format“%1”；请使用 pdf 或 html。</translation>
    </message>
    <message>
        <source>--out is required: where to write the document.</source>
        <translation>必须指定 --out：文档的写入位置。</translation>
    </message>
    <message>
        <source>--date takes a date as YYYY-MM-DD.</source>
        <translation>--date 需要 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>--deadline-days takes a number of days from 1 to 3650.</source>
        <translation>--deadline-days 需要 1 到 3650 之间的天数。</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>无法写入 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>无法写入 %1：它是一个文件夹。</translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation>正在生成</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2, %n page(s)), SHA-256 %3.</source>
        <translation>
            <numerusform>已写入 %1（%2，共 %n 页），SHA-256 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 (%2), SHA-256 %3.</source>
        <translation>已写入 %1（%2），SHA-256 %3。</translation>
    </message>
    <message>
        <source>Recorded in the inspection as document %1.</source>
        <translation>已作为文档 %1 记录到检查中。</translation>
    </message>
    <message>
        <source>The document was not recorded in the inspection: %1.</source>
        <translation>文档未记录到检查中：%1。</translation>
    </message>
    <message>
        <source>A system and its security level 1..5 (repeatable; replaces the list, &apos;&apos; empties it).</source>
        <translation>一个系统及其安全保护等级 1..5（可重复；将替换原列表，&apos;&apos; 表示清空）。</translation>
    </message>
    <message>
        <source>A member of the inspection team, the team leader last (repeatable; replaces the list, &apos;&apos; empties it).</source>
        <translation>检查组成员，组长列在最后（可重复；将替换原列表，&apos;&apos; 表示清空）。</translation>
    </message>
    <message>
        <source>An authorised target: CIDR, HOST or HOST:PORTS (repeatable; replaces the list, &apos;&apos; empties it).</source>
        <translation>一个授权目标：CIDR、主机 或 主机:端口（可重复；将替换原列表，&apos;&apos; 表示清空）。</translation>
    </message>
    <message>
        <source>First day on site, YYYY-MM-DD (&apos;&apos; clears it).</source>
        <translation>现场工作第一天，YYYY-MM-DD（&apos;&apos; 表示清除）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Last day on site, YYYY-MM-DD (&apos;&apos; clears it).</source>
        <translation>现场工作最后一天，YYYY-MM-DD（&apos;&apos; 表示清除）。</translation>
    </message>
    <message>
        <source>The evidence item (a document) that authorises the inspection; 0 clears it.</source>
        <translation>授权本次检查的证据（须为文档）；0 表示清除。</translation>
    </message>
    <message>
        <source>EVIDENCE_ID</source>
        <translation>EVIDENCE_ID</translation>
    </message>
    <message>
        <source>Change the inspection&apos;s details: organisation, systems, team, authorised scope, location, dates and authorisation document. Recorded in the custody log.</source>
        <translation>更改检查信息：单位、系统、检查组、授权范围、地点、日期和授权文件。更改将记入监管链日志。</translation>
    </message>
    <message>
        <source>--%1 takes a date like 2024-05-31, not &quot;%2&quot;.</source>
        <translation>--%1 需要类似 2024-05-31 的日期，而不是“%2”。</translation>
    </message>
    <message>
        <source>--authorisation takes an evidence id, as printed by evidence list (0 clears it).</source>
        <translation>--authorisation 需要证据编号，即 evidence list 所显示的编号（0 表示清除）。</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>未作任何更改。</translation>
    </message>
    <message>
        <source>Updated %1: %2.</source>
        <translation>已更新 %1：%2。</translation>
    </message>
    <message>
        <source>What is wrong, in one line.</source>
        <translation>存在的问题，用一行概述。</translation>
    </message>
    <message>
        <source>high, medium, low or info.</source>
        <translation>high、medium、low 或 info。</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SEVERITY</translation>
    </message>
    <message>
        <source>The checklist item it concerns, e.g. INT-04 (&apos;&apos; for none).</source>
        <translation>问题所涉及的检查项，例如 INT-04（&apos;&apos; 表示无）。</translation>
    </message>
    <message>
        <source>The device (and port) it concerns, as devices lists it (&apos;&apos; for none).</source>
        <translation>问题所涉及的设备（及端口），按 devices 所列形式填写（&apos;&apos; 表示无）。</translation>
    </message>
    <message>
        <source>ADDR[:PORT]</source>
        <translation>ADDR[:PORT]</translation>
    </message>
    <message>
        <source>An evidence id that proves it (repeatable; replaces the list, &apos;&apos; empties it).</source>
        <translation>证明该问题的证据编号（可重复；将替换原列表，&apos;&apos; 表示清空）。</translation>
    </message>
    <message>
        <source>An evidence id that proves it (repeatable).</source>
        <translation>证明该问题的证据编号（可重复）。</translation>
    </message>
    <message>
        <source>What was seen, and where.</source>
        <translation>发现的情况及其位置。</translation>
    </message>
    <message>
        <source>What the operator should do about it.</source>
        <translation>运营单位应采取的措施。</translation>
    </message>
    <message numerus="yes">
        <source>Rectification deadline YYYY-MM-DD (&apos;&apos; for the report&apos;s default of %n days).</source>
        <translation>
            <numerusform>整改期限 YYYY-MM-DD（&apos;&apos; 表示采用报告默认的 %n 天）。</numerusform>
        </translation>
    </message>
    <message>
        <source>open, resolved or dismissed.</source>
        <translation>open、resolved 或 dismissed。</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a finding id, as printed by findings.</source>
        <translation>“%1”不是问题编号（应为 findings 所显示的编号）。</translation>
    </message>
    <message>
        <source>Record a finding by hand.</source>
        <translation>手动记录一个问题。</translation>
    </message>
    <message>
        <source>--title and --severity are required.</source>
        <translation>必须指定 --title 和 --severity。</translation>
    </message>
    <message>
        <source>Finding %1 added.</source>
        <translation>已添加问题 %1。</translation>
    </message>
    <message>
        <source>The finding, as printed by findings.</source>
        <translation>问题编号，即 findings 所显示的编号。</translation>
    </message>
    <message>
        <source>Change a finding; only the options given change.</source>
        <translation>修改问题；只更改所指定的选项。</translation>
    </message>
    <message>
        <source>Finding %1 updated.</source>
        <translation>已更新问题 %1。</translation>
    </message>
    <message>
        <source>The finding that stays.</source>
        <translation>保留的问题。</translation>
    </message>
    <message>
        <source>Duplicates merged into it (kept, with status merged).</source>
        <translation>要合并到其中的重复问题（仍保留，状态为 merged）。</translation>
    </message>
    <message>
        <source>Merge duplicate findings into one: it keeps the union of their evidence and details; the others stay, marked merged.</source>
        <translation>将重复的问题合并为一个：保留的问题汇集各问题的全部证据和详情；其余问题仍然保留，并标记为 merged。</translation>
    </message>
    <message>
        <source>Merged %1 into finding %2.</source>
        <translation>已将 %1 合并到问题 %2。</translation>
    </message>
    <message>
        <source>A checklist item answered non-compliant or partial.</source>
        <translation>答复为不符合或部分符合的检查项。</translation>
    </message>
    <message>
        <source>Record a finding from a non-compliant or partial answer: the item&apos;s text (in --lang) as title, its severity, its remediation as recommendation, the answer&apos;s evidence.</source>
        <translation>根据不符合或部分符合的答复记录问题：以检查项文本（按 --lang 的语言）为标题，采用其严重程度，以其整改措施为建议，并附上该答复的证据。</translation>
    </message>
    <message>
        <source>Finding %1 added from the answer to %2.</source>
        <translation>已根据 %2 的答复添加问题 %1。</translation>
    </message>
    <message>
        <source>Usage: auditbench-cli finding add|edit|merge|from-answer FILE ...
  add FILE --title T --severity high|medium|low|info [--item ID] [--asset ADDR[:PORT]] [--evidence ID]...
      [--detail T] [--recommendation T] [--deadline DATE] [--json]
  edit FILE ID [the same options] [--status open|resolved|dismissed] [--json]
  merge FILE KEEP_ID ID... [--json]
  from-answer FILE ITEM_ID [--json]
</source>
        <translation>用法：auditbench-cli finding add|edit|merge|from-answer FILE ...
  add FILE --title T --severity high|medium|low|info [--item ID] [--asset ADDR[:PORT]] [--evidence ID]...
      [--detail T] [--recommendation T] [--deadline DATE] [--json]
  edit FILE ID [相同选项] [--status open|resolved|dismissed] [--json]
  merge FILE KEEP_ID ID... [--json]
  from-answer FILE ITEM_ID [--json]
</translation>
    </message>
    <message>
        <source>auditbench-cli finding: use add, edit, merge or from-answer (see auditbench-cli finding --help).</source>
        <translation>auditbench-cli finding：请使用 add、edit、merge 或 from-answer（参见 auditbench-cli finding --help）。</translation>
    </message>
    <message>
        <source>What is still missing before a report can be issued: unanswered items, findings without evidence, the authorisation document. Exit 1 while anything is missing.</source>
        <translation>列出签发报告前仍缺少的内容：未答复的检查项、无证据的问题、授权文件。只要仍有缺项，退出码即为 1。</translation>
    </message>
    <message>
        <source>Ready: every applicable item is answered, every finding has evidence, the authorisation is recorded.</source>
        <translation>就绪：所有适用的检查项均已答复，所有问题均有证据，授权文件已记录。</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>可信</translation>
    </message>
    <message>
        <source>untrusted (self-signed)</source>
        <translation>不可信（自签名）</translation>
    </message>
    <message>
        <source>untrusted (issuer unknown to this computer)</source>
        <translation>不可信（签发机构不为本机所知）</translation>
    </message>
    <message>
        <source>untrusted (the certificate chain does not verify)</source>
        <translation>不可信（证书链校验未通过）</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>时间未知</translation>
    </message>
    <message>
        <source>Signature %1 (%2): %3</source>
        <translation>签名 %1（%2）：%3</translation>
    </message>
    <message>
        <source>  Signed by:    %1</source>
        <translation>  签名者：      %1</translation>
    </message>
    <message>
        <source>  Signed at:    %1</source>
        <translation>  签名时间：    %1</translation>
    </message>
    <message>
        <source>  Certificate:  %1; valid %2 to %3%4</source>
        <translation>  证书：        %1；有效期 %2 至 %3%4</translation>
    </message>
    <message>
        <source>  Fingerprint:  SHA-256 %1</source>
        <translation>  指纹：        SHA-256 %1</translation>
    </message>
    <message>
        <source>  Covers:       %1</source>
        <translation>  覆盖范围：    %1</translation>
    </message>
    <message>
        <source>the whole file</source>
        <translation>整个文件</translation>
    </message>
    <message numerus="yes">
        <source>the first %n byte(s)</source>
        <translation>
            <numerusform>前 %n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>  Problem:      %1</source>
        <translation>  问题：        %1</translation>
    </message>
    <message>
        <source>  Changed after this signature: %1</source>
        <translation>  此签名之后的更改：%1</translation>
    </message>
    <message>
        <source>The signed report.</source>
        <translation>已签名的报告。</translation>
    </message>
    <message>
        <source>Also check the report&apos;s manifest against this inspection file.</source>
        <translation>同时根据此检查文件核对报告的清单。</translation>
    </message>
    <message>
        <source>Trust this CA certificate (PEM or DER) besides the system&apos;s; may be repeated.</source>
        <translation>除系统信任的证书外，同时信任此 CA 证书（PEM 或 DER）；可重复。</translation>
    </message>
    <message>
        <source>Check every signature of a report: intact, covering the whole file, nothing but signatures added after each, and the signer&apos;s certificate.</source>
        <translation>校验报告的每个签名：是否完好、是否覆盖整个文件、每个签名之后是否只添加了签名，以及签名者的证书。</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>Inspection:   %1</source>
        <translation>检查：        %1</translation>
    </message>
    <message numerus="yes">
        <source>Inspection:   matches %1 (same inspection, chain head and %n evidence item(s)).</source>
        <translation>
            <numerusform>检查：        与 %1 一致（同一检查、同一链头、%n 项证据）。</numerusform>
        </translation>
    </message>
    <message>
        <source>OK: every signature is valid and the last one covers the whole file.</source>
        <translation>通过：所有签名均有效，且最后一个签名覆盖整个文件。</translation>
    </message>
    <message>
        <source>NOT OK: the report cannot be relied on as signed; see the problems above.</source>
        <translation>未通过：不能认定该报告已有效签名；请查看上述问题。</translation>
    </message>
    <message>
        <source>The report to sign (prepared by report, or any PDF).</source>
        <translation>要签名的报告（由 report 生成，或任意 PDF）。</translation>
    </message>
    <message>
        <source>Where to write the signed report; may be IN.pdf itself.</source>
        <translation>已签名报告的写入位置；可以是 IN.pdf 本身。</translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation>OUT.pdf</translation>
    </message>
    <message>
        <source>Why you sign (shown in the signature).</source>
        <translation>签名原因（显示在签名中）。</translation>
    </message>
    <message>
        <source>Where you sign.</source>
        <translation>签名地点。</translation>
    </message>
    <message>
        <source>The signer&apos;s name to show, instead of the certificate&apos;s.</source>
        <translation>要显示的签名者姓名，用以代替证书中的姓名。</translation>
    </message>
    <message>
        <source>The organisation to show, instead of the certificate&apos;s.</source>
        <translation>要显示的单位，用以代替证书中的单位。</translation>
    </message>
    <message>
        <source>Add one more signature to a report: the next empty signature field, or an invisible one.</source>
        <translation>为报告再添加一个签名：使用下一个空的签名域，或添加一个不可见签名。</translation>
    </message>
    <message>
        <source>--out OUT.pdf is needed (it may be the input file).</source>
        <translation>需要指定 --out OUT.pdf（可以是输入文件本身）。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Signed %1 as %2 (%3 signature in field %4, %5 added).</source>
        <translation>已以 %2 的身份签署 %1（%3签名，位于签名域 %4，新增 %5）。</translation>
    </message>
    <message>
        <source>visible</source>
        <translation>可见</translation>
    </message>
    <message>
        <source>invisible</source>
        <translation>不可见</translation>
    </message>
    <message>
        <source>auditbench-cli — AuditBench inspection files from the command line.

Usage: auditbench-cli COMMAND FILE [options]   (COMMAND --help for details)

Commands:
  init FILE --regime cn-miit|vn-mic --org NAME [--system NAME:LEVEL]... [--scope TARGET]... [--inspector NAME]...
       [--catalog ID|PATH]
  info FILE [--json]
  edit FILE [--org NAME] [--system NAME:LEVEL]... [--inspector NAME]... [--scope TARGET]... [--location TEXT]
       [--start DATE] [--end DATE] [--authorisation EVIDENCE_ID] [--json]
  evidence add FILE PATH... [--kind K] [--item ITEM_ID] [--note TEXT]
  evidence list FILE [--json]
  evidence export FILE ID OUTPATH
  verify FILE [--json] [--trust CERT]...
  custody FILE [--json]
  answer FILE ITEM_ID VALUE [--note TEXT] [--evidence ID]... [--override-reason TEXT]
  questions FILE [--json] [--pending] [--all]
  score FILE [--json]
  catalog check PATH|ID [--json]
  probe FILE [--target CIDR|HOST[:PORTS]]... [--ports LIST|camera|top100|all] [--no-credentials] [--no-udp]
        [--multicast] [--rate N] [--concurrency N] [--per-host N] [--attempts N] [--credentials-dir DIR]
        [--fingerprints-dir DIR] [--json]
  import-nmap FILE NMAP.xml [--fingerprints-dir DIR]
  devices FILE [--json]
  findings FILE [--json]
  export FILE OUT.inspection [--seal KEY.p12 [--key-passphrase-file F] | --pkcs11 URI [--pkcs11-module PATH] [--pin-file F]]
         [--force]
  review FILE --comment TEXT [--object OBJ] | --approve [--comment TEXT] | --reject --comment TEXT
  review FILE --list [--json]
  compare FILE1 FILE2 [FILE...] [--json] [--all]
  report FILE --out OUT [--lang zh_CN|vi|en] [--kind report|notice|record] [--format pdf|html] [--number TEXT]
         [--date YYYY-MM-DD] [--issuer NAME] [--place PLACE] [--representative NAME]... [--deadline-days N] [--json]
  finding add FILE --title T --severity high|medium|low|info [--item ID] [--asset ADDR[:PORT]] [--evidence ID]...
          [--detail T] [--recommendation T] [--deadline DATE] [--json]
  finding edit FILE ID [the same options] [--status open|resolved|dismissed] [--json]
  finding merge FILE KEEP_ID ID... [--json]
  finding from-answer FILE ITEM_ID [--json]
  readiness FILE [--json]
  sign-report IN.pdf --out OUT.pdf (--sign KEY.p12 [--key-passphrase-file F] | --pkcs11 URI [--pkcs11-module PATH]
        [--pin-file F]) [--reason TEXT] [--location TEXT] [--lang zh_CN|vi|en]
  verify-report OUT.pdf [--json] [--inspection FILE] [--trust CERT]...

The passphrase comes from AUDITBENCH_PASSPHRASE or --passphrase-file FILE, never from an argument;
a key file&apos;s from AUDITBENCH_KEY_PASSPHRASE or --key-passphrase-file F, a token PIN from AUDITBENCH_PIN or --pin-file F.
Exit codes: 0 success, 1 a problem was found, 2 usage error, 3 bad input or wrong passphrase, 4 I/O failure.
</source>
        <translation>auditbench-cli — 在命令行中操作 AuditBench 检查文件。

用法：auditbench-cli COMMAND FILE [选项]   （详见 COMMAND --help）

命令：
  init FILE --regime cn-miit|vn-mic --org NAME [--system NAME:LEVEL]... [--scope TARGET]... [--inspector NAME]...
       [--catalog ID|PATH]
  info FILE [--json]
  edit FILE [--org NAME] [--system NAME:LEVEL]... [--inspector NAME]... [--scope TARGET]... [--location TEXT]
       [--start DATE] [--end DATE] [--authorisation EVIDENCE_ID] [--json]
  evidence add FILE PATH... [--kind K] [--item ITEM_ID] [--note TEXT]
  evidence list FILE [--json]
  evidence export FILE ID OUTPATH
  verify FILE [--json] [--trust CERT]...
  custody FILE [--json]
  answer FILE ITEM_ID VALUE [--note TEXT] [--evidence ID]... [--override-reason TEXT]
  questions FILE [--json] [--pending] [--all]
  score FILE [--json]
  catalog check PATH|ID [--json]
  probe FILE [--target CIDR|HOST[:PORTS]]... [--ports LIST|camera|top100|all] [--no-credentials] [--no-udp]
        [--multicast] [--rate N] [--concurrency N] [--per-host N] [--attempts N] [--credentials-dir DIR]
        [--fingerprints-dir DIR] [--json]
  import-nmap FILE NMAP.xml [--fingerprints-dir DIR]
  devices FILE [--json]
  findings FILE [--json]
  export FILE OUT.inspection [--seal KEY.p12 [--key-passphrase-file F] | --pkcs11 URI [--pkcs11-module PATH] [--pin-file F]]
         [--force]
  review FILE --comment TEXT [--object OBJ] | --approve [--comment TEXT] | --reject --comment TEXT
  review FILE --list [--json]
  compare FILE1 FILE2 [FILE...] [--json] [--all]
  report FILE --out OUT [--lang zh_CN|vi|en] [--kind report|notice|record] [--format pdf|html] [--number TEXT]
         [--date YYYY-MM-DD] [--issuer NAME] [--place PLACE] [--representative NAME]... [--deadline-days N] [--json]
  finding add FILE --title T --severity high|medium|low|info [--item ID] [--asset ADDR[:PORT]] [--evidence ID]...
          [--detail T] [--recommendation T] [--deadline DATE] [--json]
  finding edit FILE ID [相同选项] [--status open|resolved|dismissed] [--json]
  finding merge FILE KEEP_ID ID... [--json]
  finding from-answer FILE ITEM_ID [--json]
  readiness FILE [--json]
  sign-report IN.pdf --out OUT.pdf (--sign KEY.p12 [--key-passphrase-file F] | --pkcs11 URI [--pkcs11-module PATH]
        [--pin-file F]) [--reason TEXT] [--location TEXT] [--lang zh_CN|vi|en]
  verify-report OUT.pdf [--json] [--inspection FILE] [--trust CERT]...

检查口令取自 AUDITBENCH_PASSPHRASE 或 --passphrase-file FILE，绝不取自命令行参数；
密钥文件的口令取自 AUDITBENCH_KEY_PASSPHRASE 或 --key-passphrase-file F，令牌 PIN 取自 AUDITBENCH_PIN 或 --pin-file F。
退出码：0 成功，1 发现问题，2 用法错误，3 输入有误或口令错误，4 输入/输出失败。
</translation>
    </message>
    <message>
        <source>nothing changed since sealing</source>
        <translation>封存后未作任何更改</translation>
    </message>
    <message numerus="yes">
        <source>BROKEN: %n change(s) since sealing</source>
        <translation>
            <numerusform>已破坏：封存后有 %n 处更改</numerusform>
        </translation>
    </message>
    <message>
        <source> (expired by now, which is normal for an older report)</source>
        <translation>（现已过期，较早的报告属正常情况）</translation>
    </message>
    <message>
        <source>Left out as outside the authorised scope: %1 host(s), %2 port(s) (they stay in the XML evidence).</source>
        <translation>因超出授权范围而未导入：%1 台主机、%2 个端口（仍保留在 XML 证据中）。</translation>
    </message>
    <message>
        <source>Render a document of the inspection (PDF or HTML) and record it in the inspection; with --sign or --pkcs11, prepared and signed into its first signature field.</source>
        <translation>生成检查文档（PDF 或 HTML）并将其记录到检查中；使用 --sign 或 --pkcs11 时，文档生成后即签名于其第一个签名域。</translation>
    </message>
    <message>
        <source>Only a PDF can be signed: leave out --format html, or --sign and --pkcs11.</source>
        <translation>只有 PDF 才能签名：请去掉 --format html，或去掉 --sign 和 --pkcs11。</translation>
    </message>
    <message>
        <source>Signed by %1 in field %2 at %3 (certificate SHA-256 %4).</source>
        <translation>已由 %1 于 %3 在签名域 %2 中签名（证书 SHA-256 %4）。</translation>
    </message>
</context>
<context>
    <name>ab::crypto::CertificateInfo</name>
    <message>
        <source>Cannot read the certificate %1: %2.</source>
        <translation>无法读取证书 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is not a certificate (PEM or DER).</source>
        <translation>%1 不是证书（PEM 或 DER）。</translation>
    </message>
</context>
<context>
    <name>ab::crypto::CmsSigner</name>
    <message>
        <source>The %1 refused to sign; check that the token is still inserted and unlocked, then try again.</source>
        <translation>%1拒绝签名；请检查令牌是否仍处于插入和解锁状态，然后重试。</translation>
    </message>
    <message>
        <source>Signing with the key from %1 failed; the key may be damaged or of a kind that cannot sign.</source>
        <translation>使用 %1 中的密钥签名失败；密钥可能已损坏，或属于无法用于签名的类型。</translation>
    </message>
</context>
<context>
    <name>ab::crypto::CmsVerifier</name>
    <message>
        <source>The signing-certificate attribute does not name the certificate that signed; the signature may have been moved to another certificate.</source>
        <translation>签名证书属性未指明实际签名所用的证书；签名可能已被移到另一张证书上。</translation>
    </message>
    <message>
        <source>The certificate chains to a trusted certificate authority.</source>
        <translation>该证书可链接到受信任的证书颁发机构。</translation>
    </message>
    <message>
        <source>The certificate is self-signed: nobody else vouches for it; compare its SHA-256 fingerprint with the signer&apos;s.</source>
        <translation>该证书为自签名证书：没有其他机构为其担保；请将其 SHA-256 指纹与签名者提供的指纹进行比对。</translation>
    </message>
    <message>
        <source>The certificate was issued by an authority this computer does not trust; add the authority&apos;s certificate with --trust FILE to check it.</source>
        <translation>该证书由本机不信任的机构签发；请使用 --trust FILE 添加该机构的证书以进行校验。</translation>
    </message>
    <message>
        <source>A certificate of the issuing authority was not valid when the document was signed.</source>
        <translation>签署文档时，签发机构的某张证书无效。</translation>
    </message>
    <message>
        <source>The certificate chain does not verify (a certificate in it is damaged or misused).</source>
        <translation>证书链校验未通过（链中某张证书已损坏或被误用）。</translation>
    </message>
    <message>
        <source>The signature value is not a CMS signature; it cannot be checked.</source>
        <translation>签名值不是 CMS 签名；无法校验。</translation>
    </message>
    <message>
        <source>The signature holds %1 signers instead of one; it cannot be checked.</source>
        <translation>签名中包含 %1 个签名者，而不是一个；无法校验。</translation>
    </message>
    <message>
        <source>The signature carries its own content instead of signing the document&apos;s bytes.</source>
        <translation>签名携带了自身的内容，而不是对文档的字节进行签名。</translation>
    </message>
    <message>
        <source>The signature uses a digest algorithm this version does not know.</source>
        <translation>签名使用了本版本无法识别的摘要算法。</translation>
    </message>
    <message>
        <source>The signature uses %1, which is too weak to be trusted any more.</source>
        <translation>签名使用的 %1 强度过弱，已不再可信。</translation>
    </message>
    <message>
        <source>The digest could not be computed (out of memory).</source>
        <translation>无法计算摘要（内存不足）。</translation>
    </message>
    <message>
        <source>The signature has no signed message digest; it cannot be tied to the document.</source>
        <translation>签名中没有已签名的消息摘要；无法将其与文档关联。</translation>
    </message>
    <message>
        <source>The signed bytes have changed since they were signed (their digest no longer matches).</source>
        <translation>已签名的字节在签名后发生了变化（其摘要已不再匹配）。</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not included in the signature, so it cannot be checked.</source>
        <translation>签名中未包含签名者的证书，因此无法校验。</translation>
    </message>
    <message>
        <source>The signature has no signed attributes; this kind of signature is not supported.</source>
        <translation>签名没有已签名属性；不支持此类签名。</translation>
    </message>
    <message>
        <source>The signature value does not match: it was not made with this certificate&apos;s key, or it was altered.</source>
        <translation>签名值不匹配：它不是用此证书的密钥生成的，或已被篡改。</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate had expired (%1) when the document was signed (%2).</source>
        <translation>签署文档时（%2），签名者的证书已过期（%1）。</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was not yet valid (from %1) when the document was signed (%2).</source>
        <translation>签署文档时（%2），签名者的证书尚未生效（自 %1 起生效）。</translation>
    </message>
</context>
<context>
    <name>ab::crypto::ContentStream</name>
    <message>
        <source>Reading was stopped.</source>
        <translation>读取已停止。</translation>
    </message>
    <message>
        <source>Cannot read the file: %1.</source>
        <translation>无法读取文件：%1。</translation>
    </message>
    <message>
        <source>The file ended or could not be read before the signed bytes did.</source>
        <translation>文件在已签名字节结束之前已结束或无法读取。</translation>
    </message>
</context>
<context>
    <name>ab::crypto::Pkcs11</name>
    <message>
        <source>&quot;%1&quot; is not a PKCS#11 URI; it must start with pkcs11: (for example pkcs11:token=MyToken;object=MyKey).</source>
        <translation>“%1”不是 PKCS#11 URI；它必须以 pkcs11: 开头（例如 pkcs11:token=MyToken;object=MyKey）。</translation>
    </message>
    <message>
        <source>The PKCS#11 URI must not carry the PIN (it would be visible to other users); give it with --pin-file FILE or AUDITBENCH_PIN instead.</source>
        <translation>PKCS#11 URI 中不得包含 PIN（否则其他用户可以看到）；请改用 --pin-file FILE 或 AUDITBENCH_PIN 提供。</translation>
    </message>
    <message>
        <source>The PKCS#11 URI &quot;%1&quot; names no key: add object=LABEL or id=ID (p11tool --list-privkeys --login shows them).</source>
        <translation>PKCS#11 URI“%1”未指定密钥：请添加 object=LABEL 或 id=ID（p11tool --list-privkeys --login 可列出这些密钥）。</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 does not exist; give the token&apos;s module with --pkcs11-module PATH (p11-kit-proxy needs the package p11-kit).</source>
        <translation>PKCS#11 模块 %1 不存在；请使用 --pkcs11-module PATH 指定令牌的模块（p11-kit-proxy 需要安装 p11-kit 软件包）。</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#11 module (not a shared library); give the token&apos;s module with --pkcs11-module PATH.</source>
        <translation>%1 不是 PKCS#11 模块（不是共享库）；请使用 --pkcs11-module PATH 指定令牌的模块。</translation>
    </message>
    <message>
        <source>No PIN for the token: use --pin-file FILE or AUDITBENCH_PIN.</source>
        <translation>没有令牌 PIN：请使用 --pin-file FILE 或 AUDITBENCH_PIN。</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 is already in use by this program; start it again to use %2 instead.</source>
        <translation>本程序已在使用 PKCS#11 模块 %1；如需改用 %2，请重新启动本程序。</translation>
    </message>
    <message>
        <source>The PIN for token &quot;%1&quot; is wrong; check it and try again (tokens lock after a few wrong tries).</source>
        <translation>令牌“%1”的 PIN 错误；请检查后重试（多次输错后令牌将被锁定）。</translation>
    </message>
    <message>
        <source>PKCS#11 token support is missing: install the package libengine-pkcs11-openssl.</source>
        <translation>缺少 PKCS#11 令牌支持：请安装 libengine-pkcs11-openssl 软件包。</translation>
    </message>
    <message>
        <source>PKCS#11 token support could not be started; reinstall libengine-pkcs11-openssl.</source>
        <translation>无法启动 PKCS#11 令牌支持；请重新安装 libengine-pkcs11-openssl。</translation>
    </message>
    <message>
        <source>The PKCS#11 module path %1 was refused.</source>
        <translation>PKCS#11 模块路径 %1 被拒绝。</translation>
    </message>
    <message>
        <source>The PKCS#11 engine refused the PIN; it may be too long.</source>
        <translation>PKCS#11 引擎拒绝了该 PIN；PIN 可能过长。</translation>
    </message>
    <message>
        <source>The PIN of token &quot;%1&quot; is locked after too many wrong tries; unlock it with the token&apos;s security officer PIN.</source>
        <translation>令牌“%1”的 PIN 因输错次数过多已被锁定；请使用令牌的安全管理员（SO）PIN 解锁。</translation>
    </message>
    <message>
        <source>The PIN of token &quot;%1&quot; has expired; change it with the token&apos;s tools first.</source>
        <translation>令牌“%1”的 PIN 已过期；请先使用令牌自带的工具修改 PIN。</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; is not present; insert it and try again.</source>
        <translation>未检测到令牌“%1”；请插入后重试。</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 could not be loaded; check that it is the module of your token.</source>
        <translation>无法加载 PKCS#11 模块 %1；请确认它是您的令牌所用的模块。</translation>
    </message>
    <message>
        <source>No private key matching %1 was found (or the PIN was refused); check the token label and the object name or id, e.g. with p11tool --list-all --login.</source>
        <translation>未找到与 %1 匹配的私钥（或 PIN 被拒绝）；请检查令牌标签以及对象名称或 id，例如使用 p11tool --list-all --login。</translation>
    </message>
</context>
<context>
    <name>ab::crypto::SigningKey</name>
    <message>
        <source>Cannot read the %1 %2: %3.</source>
        <translation>无法读取%1 %2：%3。</translation>
    </message>
    <message>
        <source>%1 is too large to be a %2.</source>
        <translation>%1 过大，不可能是%2。</translation>
    </message>
    <message>
        <source>The certificate in %1 does not belong to its private key; export the key together with its own certificate.</source>
        <translation>%1 中的证书与其私钥不匹配；请将密钥与其对应的证书一起导出。</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#12 key file (.p12 or .pfx); export the signing key and its certificate to one.</source>
        <translation>%1 不是 PKCS#12 密钥文件（.p12 或 .pfx）；请将签名密钥及其证书导出为此类文件。</translation>
    </message>
    <message>
        <source>The passphrase for the key file %1 is wrong; check it and try again.</source>
        <translation>密钥文件 %1 的口令错误；请检查后重试。</translation>
    </message>
    <message>
        <source>The key file %1 could not be decrypted: it uses an encryption this version cannot read; export it again with AES (openssl pkcs12 -export does by default).</source>
        <translation>无法解密密钥文件 %1：它使用了本版本无法读取的加密方式；请使用 AES 重新导出（openssl pkcs12 -export 默认即使用 AES）。</translation>
    </message>
    <message>
        <source>The key file %1 holds no private key; export the key together with its certificate.</source>
        <translation>密钥文件 %1 中没有私钥；请将密钥与其证书一起导出。</translation>
    </message>
    <message>
        <source>The key file %1 holds no certificate for its key; export the key together with its certificate.</source>
        <translation>密钥文件 %1 中没有与其密钥对应的证书；请将密钥与其证书一起导出。</translation>
    </message>
    <message>
        <source>certificate file</source>
        <translation>证书文件</translation>
    </message>
    <message>
        <source>%1 is not a certificate (PEM or DER).</source>
        <translation>%1 不是证书（PEM 或 DER）。</translation>
    </message>
    <message>
        <source>token &quot;%1&quot;</source>
        <translation>令牌“%1”</translation>
    </message>
    <message>
        <source>The %1 holds no certificate for this key; store it on the token with the same id or label, or give it with --pkcs11-cert FILE.</source>
        <translation>%1中没有此密钥的证书；请以相同的 id 或标签将证书存放到令牌上，或使用 --pkcs11-cert FILE 提供。</translation>
    </message>
    <message>
        <source>The certificate of %1 in %2 expired on %3; renew it before signing.</source>
        <translation>%2 中 %1 的证书已于 %3 过期；请在签名前更新证书。</translation>
    </message>
    <message>
        <source>The certificate of %1 in %2 is not valid before %3; check the computer&apos;s clock.</source>
        <translation>%2 中 %1 的证书在 %3 之前无效；请检查计算机的时钟。</translation>
    </message>
    <message>
        <source>The certificate of %1 in %2 is not meant for digital signatures (its key usage forbids it); use a signing certificate.</source>
        <translation>%2 中 %1 的证书不适用于数字签名（其密钥用法禁止此用途）；请使用签名证书。</translation>
    </message>
</context>
<context>
    <name>ab::findings::FindingService</name>
    <message>
        <source>This inspection file is of an older format opened read-only; it has no findings yet.</source>
        <translation>此检查文件为旧格式，以只读方式打开；其中尚无问题记录。</translation>
    </message>
    <message>
        <source>Severity &quot;%1&quot; is not one of high, medium, low, info.</source>
        <translation>严重程度“%1”无效，应为 high、medium、low 或 info 之一。</translation>
    </message>
    <message>
        <source>There is no evidence item %1 in this inspection.</source>
        <translation>本检查中没有编号为 %1 的证据。</translation>
    </message>
    <message>
        <source>The checklist has no item &quot;%1&quot;.</source>
        <translation>检查目录中没有检查项“%1”。</translation>
    </message>
    <message>
        <source>The deadline &quot;%1&quot; is not a date like 2024-06-30.</source>
        <translation>期限“%1”不是有效日期（格式如 2024-06-30）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not ADDRESS or ADDRESS:PORT (a port from 1 to 65535).</source>
        <translation>“%1”不是 地址 或 地址:端口 格式（端口为 1 到 65535）。</translation>
    </message>
    <message>
        <source>No device %1 is known in this inspection; probe it or import an nmap scan first, or leave the device out.</source>
        <translation>本检查中没有已知设备 %1；请先对其进行探测或导入 nmap 扫描结果，或不指定设备。</translation>
    </message>
    <message>
        <source>A finding needs a title.</source>
        <translation>问题必须有标题。</translation>
    </message>
    <message>
        <source>A new finding is open, resolved or dismissed, not &quot;%1&quot;.</source>
        <translation>新问题的状态应为 open、resolved 或 dismissed，而不是“%1”。</translation>
    </message>
    <message>
        <source>A port needs the device it belongs to.</source>
        <translation>指定端口时必须同时指定其所属设备。</translation>
    </message>
    <message>
        <source>A finding becomes merged only by merging it into another one.</source>
        <translation>问题只能通过合并到另一个问题而变为 merged 状态。</translation>
    </message>
    <message>
        <source>Status &quot;%1&quot; is not one of open, resolved, dismissed.</source>
        <translation>状态“%1”无效，应为 open、resolved 或 dismissed 之一。</translation>
    </message>
    <message>
        <source>Finding %1 cannot be merged into itself.</source>
        <translation>问题 %1 不能合并到其自身。</translation>
    </message>
    <message>
        <source>Name at least one finding to merge into finding %1.</source>
        <translation>请至少指定一个要合并到问题 %1 的问题。</translation>
    </message>
    <message>
        <source>Finding %1 was itself merged into finding %2; merge into that one.</source>
        <translation>问题 %1 本身已合并到问题 %2；请合并到该问题。</translation>
    </message>
    <message>
        <source>Finding %1 was already merged into finding %2.</source>
        <translation>问题 %1 已合并到问题 %2。</translation>
    </message>
    <message>
        <source>%1 is not answered yet; answer it before recording a finding from it.</source>
        <translation>%1 尚未答复；请先答复，再据此记录问题。</translation>
    </message>
    <message>
        <source>The answer to %1 is not non-compliant or partial; a finding comes from an answer that falls short.</source>
        <translation>%1 的答复不是不符合或部分符合；只能根据未达标的答复记录问题。</translation>
    </message>
    <message>
        <source>Finding %1 already records the answer to %2; edit that one instead.</source>
        <translation>问题 %1 已记录了 %2 的答复；请改为编辑该问题。</translation>
    </message>
</context>
<context>
    <name>ab::findings::Readiness</name>
    <message>
        <source>No authorisation document: record the order that authorises the inspection (Setup).</source>
        <translation>缺少授权文件：请记录授权本次检查的指令或函件（检查设置）。</translation>
    </message>
    <message>
        <source>Nobody is named in the inspection team: the report needs a team leader to sign it (Setup).</source>
        <translation>检查组中未填写任何人员：报告需要由组长签署（检查设置）。</translation>
    </message>
    <message>
        <source>%1 is not answered: %2</source>
        <translation>%1 尚未答复：%2</translation>
    </message>
    <message>
        <source>Finding %1 has no evidence that proves it.</source>
        <translation>问题 %1 没有能证明它的证据。</translation>
    </message>
    <message numerus="yes">
        <source>%n more finding(s) without evidence.</source>
        <translation>
            <numerusform>另有 %n 个问题没有证据。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::probe::Conn</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: no answer in time.</source>
        <translation>%1：未在规定时间内响应。</translation>
    </message>
    <message>
        <source>Probing was stopped.</source>
        <translation>探测已停止。</translation>
    </message>
    <message>
        <source>%1 is outside the inspection&apos;s authorised scope; nothing was sent.</source>
        <translation>%1 超出本次检查的授权范围；未发送任何数据。</translation>
    </message>
    <message>
        <source>%1 is not an IP address.</source>
        <translation>%1 不是 IP 地址。</translation>
    </message>
    <message>
        <source>%1: the reply exceeds %2 bytes; cut.</source>
        <translation>%1：响应超过 %2 字节；已截断。</translation>
    </message>
    <message>
        <source>the device closed the connection</source>
        <translation>设备关闭了连接</translation>
    </message>
</context>
<context>
    <name>ab::probe::CredentialList</name>
    <message>
        <source>%1: credential list larger than 4 MiB.</source>
        <translation>%1：口令字典超过 4 MiB。</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2).</source>
        <translation>%1：不是 JSON 对象（%2）。</translation>
    </message>
    <message>
        <source>%1: &quot;format&quot; must be &quot;auditbench-credentials&quot;.</source>
        <translation>%1：&quot;format&quot; 必须为 &quot;auditbench-credentials&quot;。</translation>
    </message>
    <message>
        <source>%1: unsupported credential list version.</source>
        <translation>%1：不支持的口令字典版本。</translation>
    </message>
    <message>
        <source>%1: &quot;entries&quot; must be an array.</source>
        <translation>%1：&quot;entries&quot; 必须是数组。</translation>
    </message>
    <message>
        <source>%1: entry %2 needs &quot;services&quot; (non-empty array), &quot;user&quot; and &quot;password&quot; (strings).</source>
        <translation>%1：第 %2 条需要 &quot;services&quot;（非空数组）、&quot;user&quot; 和 &quot;password&quot;（字符串）。</translation>
    </message>
    <message>
        <source>Cannot read the built-in credential list %1.</source>
        <translation>无法读取内置口令字典 %1。</translation>
    </message>
    <message>
        <source>Cannot read the credential list %1.</source>
        <translation>无法读取口令字典 %1。</translation>
    </message>
</context>
<context>
    <name>ab::probe::NmapImport</name>
    <message>
        <source>The inspection is open read-only; nothing can be imported.</source>
        <translation>检查文件以只读方式打开，无法导入任何内容。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; split the scan.</source>
        <translation>%1 超过 %2 MiB；请拆分扫描。</translation>
    </message>
    <message>
        <source>%1 is not usable nmap XML: %2</source>
        <translation>%1 不是可用的 nmap XML：%2</translation>
    </message>
    <message>
        <source>nmap %1 output imported (run %2): %3</source>
        <translation>已导入 nmap %1 的输出（任务 %2）：%3</translation>
    </message>
    <message>
        <source>fingerprint rules</source>
        <translation>指纹规则</translation>
    </message>
</context>
<context>
    <name>ab::probe::ProbeRecorder</name>
    <message>
        <source>Probe run %1: %2 exchange with %3.</source>
        <translation>探测任务 %1：与 %3 的 %2 交互记录。</translation>
    </message>
    <message>
        <source>Probe run %1 checked %2 and found nothing.</source>
        <translation>探测任务 %1 检查了 %2，未发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>Probe run %1: %n finding(s): %2</source>
        <translation>
            <numerusform>探测任务 %1：发现 %n 个问题：%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::probe::ProbeRunner</name>
    <message>
        <source>%1 is outside the inspection&apos;s authorised scope; nothing was sent.</source>
        <translation>%1 超出本次检查的授权范围；未发送任何数据。</translation>
    </message>
    <message>
        <source>The inspection has no authorised scope: nothing may be probed. Add the scope first.</source>
        <translation>本次检查没有授权范围：不得探测任何目标。请先添加授权范围。</translation>
    </message>
    <message>
        <source>The target name %1 does not resolve.</source>
        <translation>无法解析目标名称 %1。</translation>
    </message>
    <message>
        <source>The inspection is open read-only; it cannot be probed.</source>
        <translation>检查文件以只读方式打开，无法进行探测。</translation>
    </message>
    <message>
        <source>%1 addresses in one run are too many; narrow the targets (at most %2).</source>
        <translation>一次探测 %1 个地址过多；请缩小目标范围（最多 %2 个）。</translation>
    </message>
    <message>
        <source>Multicast discovery (WS-Discovery and SSDP) is UDP: it cannot run with UDP probing turned off.</source>
        <translation>组播发现（WS-Discovery 和 SSDP）使用 UDP：关闭 UDP 探测时无法运行。</translation>
    </message>
    <message>
        <source>Multicast discovery sends to %1, which the inspection&apos;s authorised scope does not name; nothing was sent. Add %1 to the scope to allow it, or probe without multicast.</source>
        <translation>组播发现将向 %1 发送数据，但本次检查的授权范围中不包含该地址；未发送任何数据。如需允许，请将 %1 添加到授权范围，或不使用组播进行探测。</translation>
    </message>
    <message>
        <source>The scope names %1, but multicast discovery runs only when asked for (--multicast, or the Multicast discovery box).</source>
        <translation>授权范围中包含 %1，但组播发现仅在明确要求时运行（--multicast，或勾选“组播发现”）。</translation>
    </message>
    <message>
        <source>Not asked for.</source>
        <translation>未要求执行。</translation>
    </message>
    <message>
        <source>credential lists</source>
        <translation>口令字典</translation>
    </message>
    <message>
        <source>fingerprint rules</source>
        <translation>指纹规则</translation>
    </message>
    <message>
        <source>The probe run was not prepared.</source>
        <translation>探测任务未准备就绪。</translation>
    </message>
    <message>
        <source>The folder of %1 %2 does not exist or is not a folder; give the folder that holds the *.json files.</source>
        <translation>%1文件夹 %2 不存在或不是文件夹；请指定存放 *.json 文件的文件夹。</translation>
    </message>
</context>
<context>
    <name>ab::report::DocumentLayout</name>
    <message>
        <source>Rendering the document was cancelled.</source>
        <translation>文档生成已取消。</translation>
    </message>
</context>
<context>
    <name>ab::report::FontSet</name>
    <message>
        <source>The font &quot;%1&quot; (%2) needed for this document is not installed; install the Debian package %3 (apt-get install %3).</source>
        <translation>本文档所需的字体“%1”（%2）未安装；请安装 Debian 软件包 %3（apt-get install %3）。</translation>
    </message>
    <message>
        <source>The installed font &quot;%1&quot; (%2) cannot draw &quot;%3&quot;; install the Debian package %4 (apt-get install %4).</source>
        <translation>已安装的字体“%1”（%2）无法显示“%3”；请安装 Debian 软件包 %4（apt-get install %4）。</translation>
    </message>
</context>
<context>
    <name>ab::report::ManifestCheck</name>
    <message>
        <source>The report&apos;s manifest has the format &quot;%1&quot;, not %2.</source>
        <translation>报告清单的格式为“%1”，而不是 %2。</translation>
    </message>
    <message>
        <source>The report is of inspection %1, this file is inspection %2.</source>
        <translation>该报告属于检查 %1，而此文件是检查 %2。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>The report&apos;s manifest names no custody chain head.</source>
        <translation>报告清单中未指明监管链链头。</translation>
    </message>
    <message>
        <source>The custody log has no row %1, which the report names as its chain head.</source>
        <translation>监管链日志中没有第 %1 行，而报告将其指明为链头。</translation>
    </message>
    <message>
        <source>Custody row %1 has the hash %2, the report says %3.</source>
        <translation>监管链第 %1 行的哈希为 %2，报告记载的是 %3。</translation>
    </message>
    <message>
        <source>Custody row %1 no longer hashes to the value the report names: it was altered.</source>
        <translation>监管链第 %1 行的哈希已不再是报告所记载的值：该行已被篡改。</translation>
    </message>
    <message>
        <source>Evidence %1 (%2), listed in the report, is not in the inspection.</source>
        <translation>报告中列出的证据 %1（%2）不在此检查中。</translation>
    </message>
    <message>
        <source>Evidence %1 (%2) has the SHA-256 %3 in the inspection, the report says %4.</source>
        <translation>证据 %1（%2）在检查文件中的 SHA-256 为 %3，报告中为 %4。</translation>
    </message>
    <message>
        <source>Evidence %1 (%2) has %3 bytes in the inspection, the report says %4.</source>
        <translation>证据 %1（%2）在检查文件中为 %3 字节，报告中为 %4。</translation>
    </message>
</context>
<context>
    <name>ab::report::Pdf</name>
    <message>
        <source>%1 is a folder, not a PDF file.</source>
        <translation>%1 是文件夹，不是 PDF 文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is larger than 4 GiB; that is not a report this program made.</source>
        <translation>%1 大于 4 GiB；这不是本程序生成的报告。</translation>
    </message>
    <message>
        <source>the PDF</source>
        <translation>该 PDF</translation>
    </message>
    <message>
        <source>invalid predictor parameters</source>
        <translation>预测器参数无效</translation>
    </message>
    <message>
        <source>unsupported TIFF predictor</source>
        <translation>不支持的 TIFF 预测器</translation>
    </message>
    <message>
        <source>invalid PNG predictor</source>
        <translation>PNG 预测器无效</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>a compressed stream expands beyond %1 MiB</source>
        <translation>压缩流解压后超过 %1 MiB</translation>
    </message>
    <message>
        <source>a compressed stream cannot be decompressed</source>
        <translation>压缩流无法解压</translation>
    </message>
    <message>
        <source>a stream filter is not a name</source>
        <translation>流过滤器不是名称对象</translation>
    </message>
    <message>
        <source>a stream uses the filter %1, which this program does not read</source>
        <translation>某个流使用了本程序无法读取的过滤器 %1</translation>
    </message>
    <message>
        <source>a stream is larger than %1 MiB</source>
        <translation>某个流大于 %1 MiB</translation>
    </message>
    <message>
        <source>%1 could not be read to the end; the disk or the file changed while it was read.</source>
        <translation>%1 未能读取到末尾；读取过程中磁盘或文件发生了变化。</translation>
    </message>
    <message>
        <source>%1 is a damaged PDF (%2 at byte %3); it cannot be checked or signed.</source>
        <translation>%1 是已损坏的 PDF（%2，位于第 %3 字节）；无法校验或签名。</translation>
    </message>
    <message>
        <source>%1 is a damaged PDF (%2); it cannot be checked or signed.</source>
        <translation>%1 是已损坏的 PDF（%2）；无法校验或签名。</translation>
    </message>
    <message>
        <source>%1 is not a PDF file.</source>
        <translation>%1 不是 PDF 文件。</translation>
    </message>
    <message>
        <source>it is truncated or damaged: no cross-reference at its end</source>
        <translation>文件被截断或已损坏：末尾没有交叉引用表</translation>
    </message>
    <message>
        <source>its startxref offset is invalid</source>
        <translation>startxref 偏移量无效</translation>
    </message>
    <message>
        <source>it is truncated: its last revision has no end</source>
        <translation>文件被截断：最后一个修订版本没有结尾</translation>
    </message>
    <message>
        <source>it is truncated or has bytes after its end</source>
        <translation>文件被截断，或结尾之后还有多余字节</translation>
    </message>
    <message>
        <source>its cross-reference sections form a loop</source>
        <translation>交叉引用段形成循环</translation>
    </message>
    <message>
        <source>it has more than %1 revisions</source>
        <translation>修订版本超过 %1 个</translation>
    </message>
    <message>
        <source>a /Prev offset is invalid</source>
        <translation>某个 /Prev 偏移量无效</translation>
    </message>
    <message>
        <source>its /Size is out of range</source>
        <translation>/Size 超出范围</translation>
    </message>
    <message>
        <source>its trailer names no document catalog</source>
        <translation>trailer 中未指定文档目录</translation>
    </message>
    <message>
        <source>no cross-reference section where one should be</source>
        <translation>应有交叉引用段的位置没有交叉引用段</translation>
    </message>
    <message>
        <source>its cross-reference table is malformed</source>
        <translation>交叉引用表格式错误</translation>
    </message>
    <message>
        <source>its cross-reference table claims more objects than it can hold</source>
        <translation>交叉引用表声明的对象数超出其可容纳的数量</translation>
    </message>
    <message>
        <source>its trailer is malformed</source>
        <translation>trailer 格式错误</translation>
    </message>
    <message>
        <source>a cross-reference stream has an invalid length</source>
        <translation>某个交叉引用流的长度无效</translation>
    </message>
    <message>
        <source>a cross-reference stream has no valid /W</source>
        <translation>某个交叉引用流没有有效的 /W</translation>
    </message>
    <message>
        <source>a cross-reference stream has an invalid /Index</source>
        <translation>某个交叉引用流的 /Index 无效</translation>
    </message>
    <message>
        <source>a cross-reference stream is shorter than its /Index says</source>
        <translation>某个交叉引用流比其 /Index 声明的短</translation>
    </message>
    <message>
        <source>its objects refer to each other too deeply</source>
        <translation>对象之间的引用嵌套过深</translation>
    </message>
    <message>
        <source>object %1: %2</source>
        <translation>对象 %1：%2</translation>
    </message>
    <message>
        <source>object %1 is not where the cross-reference says</source>
        <translation>对象 %1 不在交叉引用所指的位置</translation>
    </message>
    <message>
        <source>a stream has no end</source>
        <translation>某个流没有结尾</translation>
    </message>
    <message>
        <source>object %1 lies in an object stream that does not exist</source>
        <translation>对象 %1 位于不存在的对象流中</translation>
    </message>
    <message>
        <source>object %1 lies in something that is not an object stream</source>
        <translation>对象 %1 所在的位置不是对象流</translation>
    </message>
    <message>
        <source>an object stream has an invalid header</source>
        <translation>某个对象流的头部无效</translation>
    </message>
    <message>
        <source>object %1 is not where its object stream says</source>
        <translation>对象 %1 不在其对象流所指的位置</translation>
    </message>
    <message>
        <source>a reference chain does not end</source>
        <translation>某个引用链没有终点</translation>
    </message>
    <message>
        <source>its document catalog is not a dictionary</source>
        <translation>文档目录不是字典</translation>
    </message>
    <message>
        <source>it has no page tree</source>
        <translation>没有页面树</translation>
    </message>
    <message>
        <source>its page tree contains a loop</source>
        <translation>页面树中存在循环</translation>
    </message>
    <message>
        <source>its page tree is too deep</source>
        <translation>页面树层级过深</translation>
    </message>
    <message>
        <source>its page tree contains something that is not a page</source>
        <translation>页面树中包含非页面的内容</translation>
    </message>
    <message>
        <source>it has more than %1 pages</source>
        <translation>页数超过 %1</translation>
    </message>
    <message>
        <source>it has no pages</source>
        <translation>没有任何页面</translation>
    </message>
    <message>
        <source>a stream is missing</source>
        <translation>缺少某个流</translation>
    </message>
    <message>
        <source>a stream runs past the end of the file</source>
        <translation>某个流超出了文件末尾</translation>
    </message>
    <message>
        <source>its form has too many or too deeply nested fields</source>
        <translation>表单字段过多或嵌套过深</translation>
    </message>
    <message>
        <source>%1 carries no AuditBench manifest, so it cannot be tied to an inspection; was it issued by AuditBench?</source>
        <translation>%1 不含 AuditBench 清单，因此无法与检查关联；它是否由 AuditBench 出具？</translation>
    </message>
    <message>
        <source>its embedded manifest has no contents</source>
        <translation>嵌入的清单没有内容</translation>
    </message>
    <message>
        <source>The manifest embedded in %1 is not valid JSON.</source>
        <translation>%1 中嵌入的清单不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The rendered PDF already has embedded files in a form this program does not extend.</source>
        <translation>生成的 PDF 已包含嵌入文件，其形式本程序无法扩展。</translation>
    </message>
    <message>
        <source>the rendered report</source>
        <translation>生成的报告</translation>
    </message>
    <message>
        <source>The rendered PDF is encrypted; it cannot be prepared for signing.</source>
        <translation>生成的 PDF 已加密；无法为签名做准备。</translation>
    </message>
    <message>
        <source>The PDF already carries an AuditBench manifest; it was prepared before.</source>
        <translation>该 PDF 已包含 AuditBench 清单；此前已做过签名准备。</translation>
    </message>
    <message>
        <source>The rendered PDF already has associated files in a form this program does not extend.</source>
        <translation>生成的 PDF 已包含关联文件，其形式本程序无法扩展。</translation>
    </message>
    <message>
        <source>A signature slot is on page %1, but the document has %2 pages.</source>
        <translation>签名位置在第 %1 页，但文档只有 %2 页。</translation>
    </message>
    <message>
        <source>A signature slot has a negative size.</source>
        <translation>签名位置的尺寸为负数。</translation>
    </message>
    <message>
        <source>The font Noto Sans CJK SC is missing; install the package fonts-noto-cjk.</source>
        <translation>缺少字体 Noto Sans CJK SC；请安装软件包 fonts-noto-cjk。</translation>
    </message>
    <message>
        <source>%1 is encrypted; this program does not sign encrypted PDFs.</source>
        <translation>%1 已加密；本程序不对加密的 PDF 进行签名。</translation>
    </message>
    <message>
        <source>The signature did not fit the space reserved for it; the certificate chain is unusually large.</source>
        <translation>签名超出了为其预留的空间；证书链异常庞大。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1已被删除。</translation>
    </message>
    <message>
        <source>The list of form fields</source>
        <translation>表单字段列表</translation>
    </message>
    <message>
        <source>The annotations of page %1</source>
        <translation>第 %1 页的注释</translation>
    </message>
    <message>
        <source>%1 was changed.</source>
        <translation>%1已被修改。</translation>
    </message>
    <message>
        <source>Page %1 (object %2)</source>
        <translation>第 %1 页（对象 %2）</translation>
    </message>
    <message>
        <source>The content of page %1 (object %2)</source>
        <translation>第 %1 页的内容（对象 %2）</translation>
    </message>
    <message>
        <source>The document catalog (object %1)</source>
        <translation>文档目录（对象 %1）</translation>
    </message>
    <message>
        <source>Signature field %1 (object %2)</source>
        <translation>签名域 %1（对象 %2）</translation>
    </message>
    <message>
        <source>Object %1</source>
        <translation>对象 %1</translation>
    </message>
    <message>
        <source>%1 was changed (%2).</source>
        <translation>%1已被修改（%2）。</translation>
    </message>
    <message>
        <source>%1 lost an entry.</source>
        <translation>%1缺少了一个条目。</translation>
    </message>
    <message>
        <source>%1 gained something that is not a signature.</source>
        <translation>%1中增加了非签名的内容。</translation>
    </message>
    <message>
        <source>The form</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>%1 was given a value that is not a signature.</source>
        <translation>%1被赋予了非签名的值。</translation>
    </message>
    <message>
        <source>The trailer&apos;s /%1 was replaced.</source>
        <translation>trailer 中的 /%1 已被替换。</translation>
    </message>
    <message>
        <source>The signature dictionary is missing.</source>
        <translation>缺少签名字典。</translation>
    </message>
    <message>
        <source>Signatures of the kind %1 are not checked by this program.</source>
        <translation>本程序不校验 %1 类型的签名。</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <source>The signature&apos;s byte range is missing or impossible.</source>
        <translation>签名的字节范围缺失或不可能成立。</translation>
    </message>
    <message>
        <source>The signature&apos;s byte range does not leave out exactly its own signature value; the signed bytes may not be what is shown.</source>
        <translation>签名的字节范围并未恰好只排除其自身的签名值；所签名的字节可能与显示的内容不一致。</translation>
    </message>
    <message>
        <source>The signature does not end where a revision of the document ends.</source>
        <translation>签名的结束位置不是文档某个修订版本的结束位置。</translation>
    </message>
    <message>
        <source>Signature by %1: %2</source>
        <translation>%1 的签名：%2</translation>
    </message>
    <message>
        <source>After the signature by %1: %2</source>
        <translation>%1 签名之后：%2</translation>
    </message>
    <message>
        <source>%1 carries no digital signature.</source>
        <translation>%1 不含数字签名。</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) were added after the last signature.</source>
        <translation>
            <numerusform>最后一个签名之后添加了 %n 字节。</numerusform>
        </translation>
    </message>
    <message>
        <source>The visible signature block cannot be drawn: this program was started without Qt&apos;s font system (QGuiApplication).</source>
        <translation>无法绘制可见签名区：本程序启动时未加载 Qt 字体系统（QGuiApplication）。</translation>
    </message>
</context>
<context>
    <name>ab::report::PdfRenderer</name>
    <message>
        <source>Rendering the document was cancelled.</source>
        <translation>文档生成已取消。</translation>
    </message>
    <message>
        <source>Cannot prepare the PDF in memory.</source>
        <translation>无法在内存中准备 PDF。</translation>
    </message>
    <message>
        <source>Cannot start the PDF writer.</source>
        <translation>无法启动 PDF 写入器。</translation>
    </message>
    <message>
        <source>Cannot add page %1 to the PDF.</source>
        <translation>无法将第 %1 页添加到 PDF。</translation>
    </message>
    <message>
        <source>Cannot finish the PDF.</source>
        <translation>无法完成 PDF。</translation>
    </message>
    <message>
        <source>Cannot start printing: the printer is not available.</source>
        <translation>无法开始打印：打印机不可用。</translation>
    </message>
    <message>
        <source>The printer refused page %1.</source>
        <translation>打印机拒绝了第 %1 页。</translation>
    </message>
    <message>
        <source>Printing did not finish.</source>
        <translation>打印未完成。</translation>
    </message>
</context>
<context>
    <name>ab::report::ReportData</name>
    <message>
        <source>Rendering the document was cancelled.</source>
        <translation>文档生成已取消。</translation>
    </message>
    <message>
        <source>The custody log of %1 does not check out, so no document can vouch for it; run verify.</source>
        <translation>%1 的监管链日志校验未通过，因此任何文档都无法为其提供担保；请运行 verify。</translation>
    </message>
</context>
<context>
    <name>ab::report::ReportIssuer</name>
    <message>
        <source>Documents are made in zh_CN, vi or en, not &quot;%1&quot;.</source>
        <translation>文档只能以 zh_CN、vi 或 en 生成，不支持“%1”。</translation>
    </message>
    <message>
        <source>the inspection is open read-only</source>
        <translation>检查文件以只读方式打开</translation>
    </message>
    <message>
        <source>the inspection file is in an older format</source>
        <translation>检查文件为旧版格式</translation>
    </message>
    <message>
        <source>the inspection is sealed for the supervisor</source>
        <translation>检查已封存并提交督导人员</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>%1 was written, but recording it in the inspection failed: %2</source>
        <translation>%1 已写入，但在检查文件中记录失败：%2</translation>
    </message>
</context>
<context>
    <name>ab::report::ReportTexts</name>
    <message>
        <source>English (en)</source>
        <translation>英语（en）</translation>
    </message>
    <message>
        <source>Chinese (zh_CN)</source>
        <translation>简体中文（zh_CN）</translation>
    </message>
    <message>
        <source>Vietnamese (vi)</source>
        <translation>越南语（vi）</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3); fix the file or reinstall AuditBench.</source>
        <translation>%1 不是有效的 JSON（%2，位于第 %3 字节）；请修复该文件或重新安装 AuditBench。</translation>
    </message>
    <message>
        <source>%1: &quot;format&quot; must be &quot;%2&quot;.</source>
        <translation>%1：&quot;format&quot; 必须为 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot;.</source>
        <translation>%1：未知字段 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>%1: &quot;texts&quot; must be an object of keys.</source>
        <translation>%1：&quot;texts&quot; 必须是由键组成的对象。</translation>
    </message>
    <message>
        <source>%1: unknown text &quot;%2&quot; (no document uses it; check the spelling).</source>
        <translation>%1：未知文本 &quot;%2&quot;（没有文档使用它；请检查拼写）。</translation>
    </message>
    <message>
        <source>%1: text &quot;%2&quot; must be an object with en, zh_CN and vi.</source>
        <translation>%1：文本 &quot;%2&quot; 必须是包含 en、zh_CN 和 vi 的对象。</translation>
    </message>
    <message>
        <source>%1: text &quot;%2&quot; has an unknown language &quot;%3&quot;.</source>
        <translation>%1：文本 &quot;%2&quot; 含有未知语言 &quot;%3&quot;。</translation>
    </message>
    <message>
        <source>%1: text &quot;%2&quot; has no %3 version.</source>
        <translation>%1：文本 &quot;%2&quot; 缺少 %3 版本。</translation>
    </message>
    <message>
        <source>%1: text &quot;%2&quot; in %3 does not use the same {placeholders} as in English.</source>
        <translation>%1：文本 &quot;%2&quot; 的 %3 版本所用的 {占位符} 与英文版本不一致。</translation>
    </message>
    <message>
        <source>%1: the text &quot;%2&quot; is missing.</source>
        <translation>%1：缺少文本 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>Cannot read the document texts %1: %2.</source>
        <translation>无法读取文档文本 %1：%2。</translation>
    </message>
</context>
<context>
    <name>ab::report::pdf::ReportSigning</name>
    <message>
        <source>The signature just made does not verify; nothing was written. %1</source>
        <translation>刚生成的签名未通过校验；未写入任何内容。%1</translation>
    </message>
</context>
<context>
    <name>ab::ui::BackgroundJobs</name>
    <message>
        <source>Preparing the import…</source>
        <translation>正在准备导入…</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>正在导入 %n 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Verifying integrity…</source>
        <translation>正在进行完整性校验…</translation>
    </message>
    <message>
        <source>Probing…</source>
        <translation>正在探测…</translation>
    </message>
    <message>
        <source>Decrypting evidence %1…</source>
        <translation>正在解密证据 %1…</translation>
    </message>
</context>
<context>
    <name>ab::ui::ChangeDescriber</name>
    <message>
        <source>Inspection details</source>
        <translation>检查信息</translation>
    </message>
    <message>
        <source>Evidence #%1</source>
        <translation>证据 #%1</translation>
    </message>
    <message>
        <source>Evidence #%1 (%2)</source>
        <translation>证据 #%1（%2）</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>答案 %1</translation>
    </message>
    <message>
        <source>Answer %1 (%2)</source>
        <translation>答案 %1（%2）</translation>
    </message>
    <message>
        <source>Finding #%1</source>
        <translation>问题 #%1</translation>
    </message>
    <message>
        <source>Finding #%1 (%2)</source>
        <translation>问题 #%1（%2）</translation>
    </message>
    <message>
        <source>Device #%1</source>
        <translation>设备 #%1</translation>
    </message>
    <message>
        <source>Device #%1 (%2)</source>
        <translation>设备 #%1（%2）</translation>
    </message>
    <message>
        <source>Service #%1</source>
        <translation>服务 #%1</translation>
    </message>
    <message>
        <source>Document #%1</source>
        <translation>文档 #%1</translation>
    </message>
    <message>
        <source>Seal #%1</source>
        <translation>封存 #%1</translation>
    </message>
    <message>
        <source>Review entry #%1</source>
        <translation>审阅记录 #%1</translation>
    </message>
    <message>
        <source>Probe run #%1</source>
        <translation>探测任务 #%1</translation>
    </message>
    <message>
        <source>Custody log head</source>
        <translation>监管链链头</translation>
    </message>
    <message>
        <source>Custody entry #%1</source>
        <translation>监管链记录 #%1</translation>
    </message>
    <message>
        <source>Checklist catalog %1</source>
        <translation>检查目录 %1</translation>
    </message>
    <message>
        <source>Stored contents %1</source>
        <translation>存储内容 %1</translation>
    </message>
    <message>
        <source>Number of answers</source>
        <translation>答案数量</translation>
    </message>
    <message>
        <source>Number of findings</source>
        <translation>问题数量</translation>
    </message>
    <message>
        <source>Number of devices</source>
        <translation>设备数量</translation>
    </message>
    <message>
        <source>Number of documents issued</source>
        <translation>已出具文档数量</translation>
    </message>
    <message>
        <source>File structure (%1)</source>
        <translation>文件结构（%1）</translation>
    </message>
    <message>
        <source>Inspection setting %1</source>
        <translation>检查设置项 %1</translation>
    </message>
    <message>
        <source>sealed, but no longer in the file</source>
        <translation>已封存，但已不在文件中</translation>
    </message>
    <message>
        <source>added after the seal</source>
        <translation>在封存后添加</translation>
    </message>
    <message>
        <source>renamed or relabelled since it was sealed</source>
        <translation>封存后被重命名或更改了标签</translation>
    </message>
    <message>
        <source>content differs from what was sealed</source>
        <translation>内容与封存时不一致</translation>
    </message>
    <message>
        <source>answered after the seal</source>
        <translation>在封存后作答</translation>
    </message>
    <message>
        <source>the answer was removed after the seal</source>
        <translation>答案在封存后被删除</translation>
    </message>
    <message>
        <source>the answer changed after the seal</source>
        <translation>答案在封存后被更改</translation>
    </message>
    <message>
        <source>deleted after the seal</source>
        <translation>在封存后被删除</translation>
    </message>
    <message>
        <source>changed after the seal</source>
        <translation>在封存后被更改</translation>
    </message>
    <message>
        <source>changed since the seal</source>
        <translation>自封存以来已被更改</translation>
    </message>
    <message>
        <source>differs from the catalog that was sealed</source>
        <translation>与封存时的检查目录不一致</translation>
    </message>
    <message>
        <source>made for another inspection</source>
        <translation>为其他检查生成</translation>
    </message>
    <message>
        <source>does not match what was signed</source>
        <translation>与签名时的内容不符</translation>
    </message>
    <message>
        <source>removed from the custody log</source>
        <translation>已从监管链日志中删除</translation>
    </message>
    <message>
        <source>added to the custody log outside AuditBench</source>
        <translation>在 AuditBench 之外添加到监管链日志</translation>
    </message>
    <message>
        <source>the custody log was rewritten</source>
        <translation>监管链日志已被改写</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>added outside AuditBench</source>
        <translation>在 AuditBench 之外添加</translation>
    </message>
    <message>
        <source>altered or damaged</source>
        <translation>已被篡改或损坏</translation>
    </message>
    <message>
        <source>custody entry #%1</source>
        <translation>监管链记录 #%1</translation>
    </message>
    <message>
        <source>by %1 on %2, custody entry #%3</source>
        <translation>由 %1 于 %2 记录，监管链记录 #%3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ab::ui::CompareWindow</name>
    <message>
        <source>Compare inspections</source>
        <translation>比较检查</translation>
    </message>
    <message>
        <source>&amp;Inspections of the same site:</source>
        <translation>同一现场的检查(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Add inspection…</source>
        <translation>添加检查(&amp;A)…</translation>
    </message>
    <message>
        <source>Add another inspector&apos;s file of the same site; its passphrase is asked for.</source>
        <translation>添加同一现场其他检查人员的检查文件；将要求输入其口令。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Only what &amp;differs</source>
        <translation>仅显示差异(&amp;D)</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>全部部分</translation>
    </message>
    <message>
        <source>%1 is already in the comparison.</source>
        <translation>%1 已在比较中。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Opening was interrupted.</source>
        <translation>打开过程被中断。</translation>
    </message>
    <message>
        <source>The comparison was interrupted.</source>
        <translation>比较过程被中断。</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在比较…</translation>
    </message>
    <message>
        <source>Add at least two inspections of the same site to compare them.</source>
        <translation>请至少添加同一现场的两个检查以进行比较。</translation>
    </message>
    <message>
        <source>The %1 inspections hold the same: %2 things compared, none differs.</source>
        <translation>这 %1 个检查内容一致：共比较 %2 项，无任何差异。</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) among %1 inspections (%2 things compared).</source>
        <translation>
            <numerusform>%1 个检查之间存在 %n 处差异（共比较 %2 项）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::ui::ComparisonModel</name>
    <message>
        <source>Details</source>
        <translation>检查信息</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Evidence (same name)</source>
        <translation>证据（同名）</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>（不存在）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not in this inspection.</source>
        <translation>不在此检查中。</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>What</source>
        <translation>比较项</translation>
    </message>
</context>
<context>
    <name>ab::ui::CustodyModel</name>
    <message>
        <source>This row: %1
Previous row: %2</source>
        <translation>本行：%1
上一行：%2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>哈希</translation>
    </message>
    <message>
        <source>What it records</source>
        <translation>记录内容</translation>
    </message>
</context>
<context>
    <name>ab::ui::CustodyText</name>
    <message>
        <source>the inspection report</source>
        <translation>网络安全检查报告</translation>
    </message>
    <message>
        <source>the rectification notice</source>
        <translation>整改通知书</translation>
    </message>
    <message>
        <source>the on-site record</source>
        <translation>现场检查记录</translation>
    </message>
    <message>
        <source>the inspection</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>evidence %1</source>
        <translation>证据 %1</translation>
    </message>
    <message>
        <source>finding %1</source>
        <translation>问题 %1</translation>
    </message>
    <message>
        <source>answer %1</source>
        <translation>答案 %1</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>文档 %1</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>服务 %1</translation>
    </message>
    <message>
        <source>seal %1</source>
        <translation>封存 %1</translation>
    </message>
    <message>
        <source>review entry %1</source>
        <translation>审阅记录 %1</translation>
    </message>
    <message>
        <source>Created the inspection of %1</source>
        <translation>已创建对 %1 的检查</translation>
    </message>
    <message>
        <source>Changed the inspection details</source>
        <translation>已更改检查信息</translation>
    </message>
    <message>
        <source>Exported a sealed copy to %1, sealed by %2</source>
        <translation>已将封存副本导出到 %1，由 %2 封存</translation>
    </message>
    <message>
        <source>Exported a copy (not sealed) to %1</source>
        <translation>已将副本（未封存）导出到 %1</translation>
    </message>
    <message>
        <source>Upgraded the file format from %1 to %2</source>
        <translation>已将文件格式从 %1 升级到 %2</translation>
    </message>
    <message>
        <source>Pinned the checklist catalog %1 %2</source>
        <translation>已绑定检查目录 %1 %2</translation>
    </message>
    <message>
        <source>Answered %1</source>
        <translation>已答复 %1</translation>
    </message>
    <message>
        <source>Answered %1: %2</source>
        <translation>已答复 %1：%2</translation>
    </message>
    <message>
        <source>Added evidence %1: %2</source>
        <translation>已添加证据 %1：%2</translation>
    </message>
    <message>
        <source>Refused a probe outside the authorised scope: %1</source>
        <translation>已拒绝超出授权范围的探测：%1</translation>
    </message>
    <message>
        <source>Started a probe run</source>
        <translation>已启动探测任务</translation>
    </message>
    <message>
        <source>Probe run ended (%1)</source>
        <translation>探测任务已结束（%1）</translation>
    </message>
    <message>
        <source>Recorded device %1</source>
        <translation>已记录设备 %1</translation>
    </message>
    <message>
        <source>Updated device %1</source>
        <translation>已更新设备 %1</translation>
    </message>
    <message>
        <source>Recorded service %1/%2 on device %3</source>
        <translation>已记录设备 %3 上的服务 %1/%2</translation>
    </message>
    <message>
        <source>Updated service %1/%2 on device %3</source>
        <translation>已更新设备 %3 上的服务 %1/%2</translation>
    </message>
    <message>
        <source>Recorded finding %1: %2</source>
        <translation>已记录问题 %1：%2</translation>
    </message>
    <message>
        <source>Merged finding %1 into finding %2</source>
        <translation>已将问题 %1 合并到问题 %2</translation>
    </message>
    <message>
        <source>Changed finding %1: %2</source>
        <translation>已更改问题 %1：%2</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>已删除 %1</translation>
    </message>
    <message>
        <source>Issued %1 (%2, %3)</source>
        <translation>已出具 %1（%2，%3）</translation>
    </message>
    <message>
        <source>%1, No. %2</source>
        <translation>%1，编号 %2</translation>
    </message>
    <message>
        <source>Sealed by %1 for the supervisor, covering entries 1 to %2</source>
        <translation>由 %1 封存并提交督导人员，涵盖记录 1 至 %2</translation>
    </message>
    <message>
        <source>Approved the inspection</source>
        <translation>已批准检查</translation>
    </message>
    <message>
        <source>Approved the inspection: %1</source>
        <translation>已批准检查：%1</translation>
    </message>
    <message>
        <source>Rejected the inspection: %1</source>
        <translation>已驳回检查：%1</translation>
    </message>
    <message>
        <source>Review comment: %1</source>
        <translation>审阅意见：%1</translation>
    </message>
    <message>
        <source>Review comment on %1: %2</source>
        <translation>对 %1 的审阅意见：%2</translation>
    </message>
</context>
<context>
    <name>ab::ui::EvidenceModel</name>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>探测记录</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Added at</source>
        <translation>添加时间</translation>
    </message>
</context>
<context>
    <name>ab::ui::EvidencePage</name>
    <message>
        <source>Name, kind, hash, item or person</source>
        <translation>名称、类型、哈希、检查项或人员</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>添加文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Drop files or folders on the table to add them as evidence. Contents are hashed (SHA-256) and encrypted in the inspection file.</source>
        <translation>将文件或文件夹拖放到表格上即可添加为证据。内容将计算哈希（SHA-256）并加密保存在检查文件中。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 / %2 项</translation>
    </message>
    <message>
        <source>Filt&amp;er:</source>
        <translation>筛选(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>ab::ui::EvidencePickerDialog</name>
    <message>
        <source>Attach evidence</source>
        <translation>附加证据</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <source>Tick the evidence to attach (Space ticks the current row).</source>
        <translation>勾选要附加的证据（按空格键勾选当前行）。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::ui::EvidenceViewer</name>
    <message>
        <source>%1 × %2 pixels, shown at %3%</source>
        <translation>%1 × %2 像素，显示比例 %3%</translation>
    </message>
    <message>
        <source>Waiting for the running task to finish to decrypt this item…</source>
        <translation>正在等待运行中的任务完成，以便解密此项…</translation>
    </message>
    <message>
        <source>Not shown: decrypting was cancelled. Select the item again to view it.</source>
        <translation>未显示：解密已取消。请再次选择该项以查看。</translation>
    </message>
    <message>
        <source>The contents are not shown: they do not match what was recorded. Verify the inspection to see everything that changed.</source>
        <translation>内容未显示：与记录的内容不一致。请对检查进行完整性校验，以查看所有变更。</translation>
    </message>
    <message>
        <source>This item is too large to preview here (%1; at most %2). Export it to open it with another program.</source>
        <translation>此项过大，无法在此预览（%1；最大 %2）。请将其导出后用其他程序打开。</translation>
    </message>
    <message>
        <source>This PDF cannot be displayed (%1). Export it to open it with another program.</source>
        <translation>无法显示此 PDF（%1）。请将其导出后用其他程序打开。</translation>
    </message>
    <message>
        <source>There is no preview for this kind of file. Export it to open it with another program.</source>
        <translation>此类文件无法预览。请将其导出后用其他程序打开。</translation>
    </message>
    <message>
        <source>it is protected by a password</source>
        <translation>该文件受密码保护</translation>
    </message>
    <message>
        <source>it is damaged or not a PDF</source>
        <translation>该文件已损坏或不是 PDF</translation>
    </message>
    <message>
        <source>Showing the first %1 KiB of %2. Export the item for the whole text.</source>
        <translation>仅显示前 %1 KiB（共 %2）。如需完整文本，请导出该项。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Fit the image to the view</source>
        <translation>缩放图像以适应视图</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Show the image at its actual size</source>
        <translation>按实际大小显示图像</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>放大（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>缩小（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>No evidence item selected</source>
        <translation>未选择证据</translation>
    </message>
    <message>
        <source>Select an item in the list to view it here; double-click it to open it in a window of its own.</source>
        <translation>在列表中选择一项即可在此查看；双击可在单独的窗口中打开。</translation>
    </message>
    <message>
        <source>Evidence #%1</source>
        <translation>证据 #%1</translation>
    </message>
    <message>
        <source>Decrypting and checking its SHA-256…</source>
        <translation>正在解密并校验其 SHA-256…</translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation>正在解密…</translation>
    </message>
    <message>
        <source>✓ The content matches its SHA-256.</source>
        <translation>✓ 内容与其 SHA-256 一致。</translation>
    </message>
    <message>
        <source>✗ The content does NOT match its SHA-256: %1</source>
        <translation>✗ 内容与其 SHA-256 不一致：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence #%1: %2</source>
        <translation>证据 #%1：%2</translation>
    </message>
    <message>
        <source>added by %1 on %2</source>
        <translation>由 %1 于 %2 添加</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>针对 %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
</context>
<context>
    <name>ab::ui::EvidenceViewerDialog</name>
    <message>
        <source>Evidence — AuditBench</source>
        <translation>证据 — AuditBench</translation>
    </message>
</context>
<context>
    <name>ab::ui::FindingEditor</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Select a finding, or make a new one.</source>
        <translation>选择一个问题，或新建一个问题。</translation>
    </message>
    <message>
        <source>New finding (not saved yet)</source>
        <translation>新问题（尚未保存）</translation>
    </message>
    <message>
        <source>Save it (Ctrl+S) to record it in the inspection and its custody log.</source>
        <translation>保存（Ctrl+S）后即记录到检查文件及其监管链日志中。</translation>
    </message>
    <message>
        <source>Finding #%1</source>
        <translation>问题 #%1</translation>
    </message>
    <message>
        <source>Found by a probe on %1.</source>
        <translation>由探测于 %1 发现。</translation>
    </message>
    <message>
        <source>From an nmap import on %1.</source>
        <translation>源自 %1 的一次 nmap 导入。</translation>
    </message>
    <message>
        <source>From the answer to %1, recorded by %2 on %3.</source>
        <translation>源自 %1 的答案，由 %2 于 %3 记录。</translation>
    </message>
    <message>
        <source>Recorded by %1 on %2.</source>
        <translation>由 %1 于 %2 记录。</translation>
    </message>
    <message>
        <source>Merged into finding #%1; set the status to open to make it stand on its own again.</source>
        <translation>已合并到问题 #%1；将状态改为“待处理”即可使其重新成为独立问题。</translation>
    </message>
    <message>
        <source>#%1  %2</source>
        <translation>#%1  %2</translation>
    </message>
    <message>
        <source>(not in this inspection)</source>
        <translation>（不在本次检查中）</translation>
    </message>
    <message>
        <source>No evidence yet: attach what proves this finding.</source>
        <translation>尚无证据：请附加能证明此问题的证据。</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Severit&amp;y:</source>
        <translation>严重程度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>状态(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>whole device</source>
        <translation>整台设备</translation>
    </message>
    <message>
        <source>Chec&amp;klist item:</source>
        <translation>检查项(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>证据(&amp;E)：</translation>
    </message>
    <message>
        <source>Atta&amp;ch…</source>
        <translation>附加(&amp;C)…</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>移除(&amp;O)</translation>
    </message>
    <message>
        <source>Detail&amp;s:</source>
        <translation>详情(&amp;S)：</translation>
    </message>
    <message>
        <source>What was seen, where, and how it was checked</source>
        <translation>所见情况、所在位置以及核查方式</translation>
    </message>
    <message>
        <source>&amp;Recommendation:</source>
        <translation>整改建议(&amp;R)：</translation>
    </message>
    <message>
        <source>What the operator should do about it</source>
        <translation>运营单位应采取的措施</translation>
    </message>
    <message>
        <source>Rectify &amp;by:</source>
        <translation>整改期限(&amp;B)：</translation>
    </message>
    <message numerus="yes">
        <source>report&apos;s default (%n days)</source>
        <translation>
            <numerusform>报告默认值（%n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the finding (Ctrl+S)</source>
        <translation>保存问题（Ctrl+S）</translation>
    </message>
</context>
<context>
    <name>ab::ui::FindingsModel</name>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Merged into #%1</source>
        <translation>已合并到 #%1</translation>
    </message>
    <message>
        <source>No evidence proves this finding yet.</source>
        <translation>尚无证据证明此问题。</translation>
    </message>
    <message numerus="yes">
        <source>The report&apos;s default: %n days after it is issued.</source>
        <translation>
            <numerusform>报告默认值：报告出具后 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ab::ui::FindingsPage</name>
    <message>
        <source>Cannot read the findings</source>
        <translation>无法读取问题</translation>
    </message>
    <message>
        <source>Save finding</source>
        <translation>保存问题</translation>
    </message>
    <message>
        <source>Wait for the running task to finish (or cancel it), then save the finding again.</source>
        <translation>请等待正在运行的任务完成（或取消它），然后再次保存问题。</translation>
    </message>
    <message>
        <source>Finding #%1 recorded.</source>
        <translation>问题 #%1 已记录。</translation>
    </message>
    <message>
        <source>Finding #%1 saved.</source>
        <translation>问题 #%1 已保存。</translation>
    </message>
    <message>
        <source>Finding #%1 already records the answer to %2.</source>
        <translation>问题 #%1 已记录了 %2 的答案。</translation>
    </message>
    <message>
        <source>Finding from an answer</source>
        <translation>根据答案记录问题</translation>
    </message>
    <message>
        <source>Finding #%1 recorded from the answer to %2.</source>
        <translation>已根据 %2 的答案记录问题 #%1。</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>部分符合</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>The answer the finding records:</source>
        <translation>该问题所记录的答案：</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>合并重复问题</translation>
    </message>
    <message>
        <source>Select two or more findings that describe the same problem (Ctrl+click, or Shift with the arrow keys), then merge.</source>
        <translation>选择两个或多个描述同一情况的问题（Ctrl+单击，或按住 Shift 并使用方向键），然后合并。</translation>
    </message>
    <message>
        <source>#%1 %2: %3</source>
        <translation>#%1 %2：%3</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>The finding that stays; it takes the others&apos; evidence and details, and they are kept, marked merged:</source>
        <translation>保留的问题；它将接收其他问题的证据和详情，其他问题仍会保留并标记为已合并：</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) merged into #%1.</source>
        <translation>
            <numerusform>已将 %n 个问题合并到 #%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the evidence that proves this finding (Space ticks the current row).</source>
        <translation>勾选证明此问题的证据（按空格键勾选当前行）。</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 / %2 项</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>文本(&amp;X)：</translation>
    </message>
    <message>
        <source>Title, detail, item, device or number</source>
        <translation>标题、详情、检查项、设备或编号</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>严重程度(&amp;V)：</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>显示(&amp;W)：</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>全部问题</translation>
    </message>
    <message>
        <source>In the report (not merged or dismissed)</source>
        <translation>报告中的问题（未合并、未撤销）</translation>
    </message>
    <message>
        <source>&amp;New finding</source>
        <translation>新建问题(&amp;N)</translation>
    </message>
    <message>
        <source>From &amp;answer…</source>
        <translation>根据答案(&amp;A)…</translation>
    </message>
    <message>
        <source>Record a finding from an answer that is non-compliant or partial.</source>
        <translation>根据不符合或部分符合的答案记录问题。</translation>
    </message>
    <message>
        <source>&amp;Merge duplicates…</source>
        <translation>合并重复问题(&amp;M)…</translation>
    </message>
    <message>
        <source>Merge the selected findings into one; the others are kept, marked merged.</source>
        <translation>将所选问题合并为一个；其他问题仍保留并标记为已合并。</translation>
    </message>
    <message>
        <source>Every non-compliant or partial answer already has a finding; there is nothing to make one from.</source>
        <translation>所有不符合或部分符合的答复均已有对应问题，无可据以创建问题的答复。</translation>
    </message>
</context>
<context>
    <name>ab::ui::InspectionSession</name>
    <message>
        <source>This is a sealed copy, open read-only: only review comments, approvals and rejections can be added to it (the Review step). Make changes in the original inspection and export a new sealed copy.</source>
        <translation>这是封存副本，以只读方式打开：只能向其添加审阅意见、批准和驳回（在“审阅”步骤中）。请在原始检查中进行更改，然后导出新的封存副本。</translation>
    </message>
    <message>
        <source>The inspection is open read-only; close it and open it again to change it.</source>
        <translation>检查文件以只读方式打开；如需更改，请关闭后重新打开。</translation>
    </message>
    <message>
        <source>The inspection file is read-only on disk; copy it to a writable place to change it.</source>
        <translation>检查文件在磁盘上为只读；如需更改，请将其复制到可写位置。</translation>
    </message>
</context>
<context>
    <name>ab::ui::InspectionWidget</name>
    <message>
        <source>Add evidence</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <source>The inspection is open read-only; evidence cannot be added.</source>
        <translation>检查文件以只读方式打开，无法添加证据。</translation>
    </message>
    <message>
        <source>Wait for the running task to finish (or cancel it) first.</source>
        <translation>请先等待正在运行的任务完成（或取消它）。</translation>
    </message>
    <message>
        <source>Import cancelled; files completed before the cancel were kept.</source>
        <translation>导入已取消；取消前已完成的文件已保留。</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s) added.</source>
        <translation>
            <numerusform>已添加 %n 项证据。</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>已跳过 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added. Not added or skipped:</source>
        <translation>
            <numerusform>已添加 %n 个文件。未添加或已跳过：</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>导出已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation>导出证据</translation>
    </message>
    <message>
        <source>Exported to %1; its SHA-256 matches the record.</source>
        <translation>已导出到 %1；其 SHA-256 与记录一致。</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>完整性校验已取消。</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>证据(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Custody log</source>
        <translation>监管链日志(&amp;C)</translation>
    </message>
    <message>
        <source>Cannot load the checklist</source>
        <translation>无法加载检查项清单</translation>
    </message>
    <message>
        <source>&amp;Document review</source>
        <translation>文档审查(&amp;D)</translation>
    </message>
    <message>
        <source>Sco&amp;re</source>
        <translation>得分(&amp;R)</translation>
    </message>
    <message>
        <source>Inter&amp;view</source>
        <translation>访谈(&amp;V)</translation>
    </message>
    <message>
        <source>Device &amp;probing</source>
        <translation>设备探测(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n 个系统</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inspector(s)</source>
        <translation>
            <numerusform>%n 名检查人员</numerusform>
        </translation>
    </message>
    <message>
        <source>no authorisation</source>
        <translation>无授权文件</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>有未保存的更改</translation>
    </message>
    <message>
        <source>%1 / %2 answered</source>
        <translation>已回答 %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n 台设备</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 items</source>
        <translation>%1 / %2 项</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without evidence</source>
        <translation>
            <numerusform>%n 个无证据</numerusform>
        </translation>
    </message>
    <message>
        <source>ready to issue</source>
        <translation>可出具报告</translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>缺 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>检查设置</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Score and report</source>
        <translation>评分与报告</translation>
    </message>
    <message>
        <source>Steps of the inspection</source>
        <translation>检查步骤</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>审阅(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;port</source>
        <translation>报告(&amp;P)</translation>
    </message>
</context>
<context>
    <name>ab::ui::ItemPanel</name>
    <message>
        <source>Select an item in the list to answer it.</source>
        <translation>在列表中选择一个检查项以作答。</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>(unverified)</source>
        <translation>（未核实）</translation>
    </message>
    <message>
        <source>%1 · severity %2 · weight %3 · %4</source>
        <translation>%1 · 严重程度 %2 · 权重 %3 · %4</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>尚未作答。</translation>
    </message>
    <message>
        <source>Answered by a probe on %1.</source>
        <translation>由探测于 %1 作答。</translation>
    </message>
    <message>
        <source>Answered by %1 on %2.</source>
        <translation>由 %1 于 %2 作答。</translation>
    </message>
    <message>
        <source>Overrides a probe&apos;s answer: %1</source>
        <translation>覆盖了探测的答案：%1</translation>
    </message>
    <message>
        <source>#%1  %2</source>
        <translation>#%1  %2</translation>
    </message>
    <message>
        <source>(not in this inspection)</source>
        <translation>（不在本次检查中）</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>指引</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>Drop files here to add them to the inspection&apos;s evidence and attach them to this answer.</source>
        <translation>将文件拖放到此处，即可将其添加为本次检查的证据并附加到此答案。</translation>
    </message>
    <message>
        <source>&amp;Save answer</source>
        <translation>保存答案(&amp;S)</translation>
    </message>
    <message>
        <source>Evidence attached:</source>
        <translation>已附加的证据：</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>附加(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Record as a finding…</source>
        <translation>记录为问题(&amp;R)…</translation>
    </message>
    <message>
        <source>The saved answer falls short: record it as a finding (title, severity and recommendation from the item).</source>
        <translation>已保存的答案未达标：将其记录为问题（标题、严重程度和整改建议取自该检查项）。</translation>
    </message>
</context>
<context>
    <name>ab::ui::MainWindow</name>
    <message>
        <source>Open inspection</source>
        <translation>打开检查</translation>
    </message>
    <message>
        <source>Wait for the running task to finish (or cancel it) first.</source>
        <translation>请先等待正在运行的任务完成（或取消它）。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>已打开 %1。</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>新建检查</translation>
    </message>
    <message>
        <source>Sample inspection</source>
        <translation>示例检查</translation>
    </message>
    <message>
        <source>About AuditBench</source>
        <translation>关于 AuditBench</translation>
    </message>
    <message>
        <source>AuditBench %1
A workbench for on-site network-security inspections of video-surveillance and IoT systems.</source>
        <translation>AuditBench %1
用于视频监控和物联网系统现场网络安全检查的工作台。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Inspection</source>
        <translation>检查(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;New Inspection…</source>
        <translation>新建检查(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new, encrypted inspection file.</source>
        <translation>创建一个新的加密检查文件。</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open an inspection file.</source>
        <translation>打开检查文件。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>Add Evidence &amp;Files…</source>
        <translation>添加证据文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Import files as evidence (hashed and encrypted).</source>
        <translation>将文件导入为证据（计算哈希并加密）。</translation>
    </message>
    <message>
        <source>Add Evidence F&amp;older…</source>
        <translation>添加证据文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Export Selected Evidence…</source>
        <translation>导出所选证据(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Verify Integrity</source>
        <translation>完整性校验(&amp;V)</translation>
    </message>
    <message>
        <source>Re-hash every evidence item and walk the custody chain.</source>
        <translation>重新计算每项证据的哈希并遍历监管链。</translation>
    </message>
    <message>
        <source>&amp;Cancel Running Task</source>
        <translation>取消正在运行的任务(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find Evidence</source>
        <translation>查找证据(&amp;F)</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Inspection</source>
        <translation>打开示例检查(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;About AuditBench</source>
        <translation>关于 AuditBench(&amp;A)</translation>
    </message>
    <message>
        <source>%1 — %2 — AuditBench</source>
        <translation>%1 — %2 — AuditBench</translation>
    </message>
    <message>
        <source>AuditBench</source>
        <translation>AuditBench</translation>
    </message>
    <message>
        <source>Sample inspection — passphrase: %1</source>
        <translation>示例检查 — 口令：%1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Opening was interrupted.</source>
        <translation>打开过程被中断。</translation>
    </message>
    <message>
        <source>Catalog %1 is for the regime %2, not %3.</source>
        <translation>检查目录 %1 适用于检查制度 %2，而不是 %3。</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>Co&amp;mpare Inspections…</source>
        <translation>比较检查(&amp;M)…</translation>
    </message>
    <message>
        <source>Show several inspectors&apos; files of the same site side by side, and what differs.</source>
        <translation>并排显示同一现场多名检查人员的检查文件及其差异。</translation>
    </message>
    <message>
        <source>Export &amp;Sealed Copy…</source>
        <translation>导出封存副本(&amp;S)…</translation>
    </message>
    <message>
        <source>Write a copy of the inspection for the supervisor, sealed with your signing key.</source>
        <translation>为督导人员写出检查副本，并使用您的签名密钥封存。</translation>
    </message>
</context>
<context>
    <name>ab::ui::NewInspectionWizard</name>
    <message>
        <source>China: MIIT inspection (cn-miit)</source>
        <translation>中国：工业和信息化部检查（cn-miit）</translation>
    </message>
    <message>
        <source>Viet Nam: MIC inspection (vn-mic)</source>
        <translation>越南：信息传媒部检查（vn-mic）</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>新建检查</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>Regime and checklist</source>
        <translation>检查制度与检查项清单</translation>
    </message>
    <message>
        <source>Under which rules is this inspection made? The checklist follows from them.</source>
        <translation>本次检查依据哪种制度进行？检查项清单由其决定。</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>检查项清单：</translation>
    </message>
    <message>
        <source>A catalog &amp;file:</source>
        <translation>检查目录文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>A catalog file must be for the same regime; docs/catalog-format.md says how one is written. The checklist is pinned in the inspection file: a newer catalog later never changes it.</source>
        <translation>检查目录文件必须适用于同一检查制度；其编写方法见 docs/catalog-format.md。检查项清单绑定在检查文件中：以后即使有更新的检查目录也不会改变它。</translation>
    </message>
    <message>
        <source>The &amp;checklist shipped for this regime (%1, version %2)</source>
        <translation>该检查制度内置的检查项清单（%1，版本 %2）(&amp;C)</translation>
    </message>
    <message>
        <source>The &amp;checklist shipped for this regime</source>
        <translation>该检查制度内置的检查项清单(&amp;C)</translation>
    </message>
    <message>
        <source>Organisation and systems</source>
        <translation>被检查单位与系统</translation>
    </message>
    <message>
        <source>Who is inspected, where, and which of their systems at which security level (levels decide which items apply).</source>
        <translation>被检查的单位、检查地点，以及其哪些系统、处于何种安全保护等级（等级决定适用哪些检查项）。</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>单位(&amp;O)：</translation>
    </message>
    <message>
        <source>Loc&amp;ation:</source>
        <translation>地点(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Systems:</source>
        <translation>系统(&amp;S)：</translation>
    </message>
    <message>
        <source>Team and dates</source>
        <translation>检查组与日期</translation>
    </message>
    <message>
        <source>The inspectors, the team leader last (the leader signs the report), and the days on site.</source>
        <translation>检查人员（组长列在最后，由组长签署报告）以及现场检查日期。</translation>
    </message>
    <message>
        <source>&amp;Inspectors:</source>
        <translation>检查人员(&amp;I)：</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Da&amp;tes on site:</source>
        <translation>现场检查日期(&amp;T)：</translation>
    </message>
    <message>
        <source>Authorised scope</source>
        <translation>授权范围</translation>
    </message>
    <message>
        <source>The addresses and ports the authorisation allows probing. Nothing outside them is ever sent a packet.</source>
        <translation>授权允许探测的地址和端口。绝不会向这些范围之外发送任何数据包。</translation>
    </message>
    <message>
        <source>One per line: 192.168.1.0/24, cam.example or 10.0.0.5:80,554</source>
        <translation>每行一个：192.168.1.0/24、cam.example 或 10.0.0.5:80,554</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>范围(&amp;P)：</translation>
    </message>
    <message>
        <source>Leave it empty to decide later on the Setup step; until then probing is refused.</source>
        <translation>可以留空，稍后在“检查设置”步骤中确定；在此之前将拒绝探测。</translation>
    </message>
    <message>
        <source>Recorded as: %1</source>
        <translation>记录为：%1</translation>
    </message>
    <message>
        <source>File and passphrase</source>
        <translation>文件与口令</translation>
    </message>
    <message>
        <source>Everything is kept in one encrypted file. Without the passphrase nobody can read its evidence: keep it safe, it cannot be recovered.</source>
        <translation>所有内容都保存在一个加密文件中。没有口令，任何人都无法读取其中的证据：请妥善保管口令，口令丢失后无法恢复。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Passphrase (a&amp;gain):</source>
        <translation>确认口令(&amp;G)：</translation>
    </message>
    <message numerus="yes">
        <source>Too short: at least %n characters.</source>
        <translation>
            <numerusform>太短：至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: add words, or mix in digits and signs.</source>
        <translation>弱：请增加单词，或混用数字和符号。</translation>
    </message>
    <message>
        <source>Fair: a few more words would make it strong.</source>
        <translation>一般：再加几个单词即可变为强口令。</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>良好。</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>强。</translation>
    </message>
    <message>
        <source>A few unrelated words make a passphrase that is strong and easy to type.</source>
        <translation>由几个互不相关的单词组成的口令既安全又便于输入。</translation>
    </message>
    <message>
        <source>Catalog file</source>
        <translation>检查目录文件</translation>
    </message>
    <message>
        <source>Catalogs (*.json)</source>
        <translation>检查目录 (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>New inspection file</source>
        <translation>新建检查文件</translation>
    </message>
    <message>
        <source>Inspections (*.inspection)</source>
        <translation>检查文件 (*.inspection)</translation>
    </message>
    <message>
        <source>Catalog %1 is for the regime %2, not %3.</source>
        <translation>检查目录 %1 适用于检查制度 %2，而不是 %3。</translation>
    </message>
    <message>
        <source>Name the inspected organisation.</source>
        <translation>请填写被检查单位名称。</translation>
    </message>
    <message>
        <source>Add at least one system and its security level: the checklist applies by level.</source>
        <translation>请至少添加一个系统及其安全保护等级：检查项按等级适用。</translation>
    </message>
    <message>
        <source>Every system needs a name.</source>
        <translation>每个系统都需要名称。</translation>
    </message>
    <message>
        <source>Name at least the team leader, who signs the report.</source>
        <translation>请至少填写组长姓名，由组长签署报告。</translation>
    </message>
    <message>
        <source>The work on site cannot end before it starts.</source>
        <translation>现场工作的结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>Choose where to save the inspection file.</source>
        <translation>请选择检查文件的保存位置。</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name.</source>
        <translation>%1 已存在；请选择其他文件名。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>口令至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>两次输入的口令不一致；请重新输入。</translation>
    </message>
</context>
<context>
    <name>ab::ui::OverviewPage</name>
    <message>
        <source>China: MIIT inspection (cn-miit)</source>
        <translation>中国：工业和信息化部检查（cn-miit）</translation>
    </message>
    <message>
        <source>Viet Nam: MIC inspection (vn-mic)</source>
        <translation>越南：信息传媒部检查（vn-mic）</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1  %2</source>
        <translation>第 %1 条  %2</translation>
    </message>
    <message>
        <source>Regime:</source>
        <translation>检查制度：</translation>
    </message>
    <message>
        <source>Catalog:</source>
        <translation>检查目录：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>证据：</translation>
    </message>
    <message>
        <source>Custody log:</source>
        <translation>监管链日志：</translation>
    </message>
    <message>
        <source>Chain head:</source>
        <translation>链头：</translation>
    </message>
</context>
<context>
    <name>ab::ui::PassphraseDialog</name>
    <message>
        <source>Unlock inspection</source>
        <translation>解锁检查文件</translation>
    </message>
    <message>
        <source>Enter the passphrase of %1.</source>
        <translation>请输入 %1 的口令。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>ab::ui::ProbePage</name>
    <message>
        <source>Default or weak password accepted</source>
        <translation>默认口令或弱口令可登录</translation>
    </message>
    <message>
        <source>Telnet service open</source>
        <translation>开放 Telnet 服务</translation>
    </message>
    <message>
        <source>FTP service open</source>
        <translation>开放 FTP 服务</translation>
    </message>
    <message>
        <source>SSDP/UPnP answers</source>
        <translation>SSDP/UPnP 有响应</translation>
    </message>
    <message>
        <source>SNMP default community accepted</source>
        <translation>SNMP 默认团体名可用</translation>
    </message>
    <message>
        <source>RTSP stream plays without authentication</source>
        <translation>RTSP 视频流无需认证即可播放</translation>
    </message>
    <message>
        <source>ONVIF answers without authentication</source>
        <translation>ONVIF 无需认证即可响应</translation>
    </message>
    <message>
        <source>Web administration over plain HTTP</source>
        <translation>通过明文 HTTP 进行 Web 管理</translation>
    </message>
    <message>
        <source>HTTP Basic credentials over plain HTTP</source>
        <translation>通过明文 HTTP 传输 HTTP Basic 认证凭据</translation>
    </message>
    <message>
        <source>Weak TLS configuration or certificate</source>
        <translation>TLS 配置或证书存在弱点</translation>
    </message>
    <message>
        <source>Known vulnerability (version match)</source>
        <translation>存在已知漏洞（版本匹配）</translation>
    </message>
    <message>
        <source>Banner discloses product version</source>
        <translation>Banner 信息泄露产品版本</translation>
    </message>
    <message>
        <source>SIP REGISTER accepted without challenge</source>
        <translation>SIP REGISTER 未经认证质询即被接受</translation>
    </message>
    <message>
        <source>Management port reachable</source>
        <translation>管理端口可访问</translation>
    </message>
    <message>
        <source>Login error reveals which part was wrong</source>
        <translation>登录错误提示泄露具体出错项</translation>
    </message>
    <message>
        <source>No lockout after failed logins</source>
        <translation>登录失败后无账户锁定</translation>
    </message>
    <message>
        <source>Cannot start probing</source>
        <translation>无法开始探测</translation>
    </message>
    <message>
        <source>The inspection&apos;s authorised scope cannot be read.</source>
        <translation>无法读取本次检查的授权范围。</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Hosts %1/%2 · open ports %3 · services %4 · findings so far %5</source>
        <translation>主机 %1/%2 · 开放端口 %3 · 服务 %4 · 已发现问题 %5</translation>
    </message>
    <message>
        <source>Not probed.</source>
        <translation>未进行探测。</translation>
    </message>
    <message>
        <source>Outside the authorised scope</source>
        <translation>超出授权范围</translation>
    </message>
    <message>
        <source>Probing failed</source>
        <translation>探测失败</translation>
    </message>
    <message>
        <source>%1: %2 hosts, %3 open ports, %4 services, %5 findings (%6 new).</source>
        <translation>%1：主机 %2 台，开放端口 %3 个，服务 %4 个，问题 %5 个（新增 %6 个）。</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Device / service</source>
        <translation>设备 / 服务</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Cannot read the devices</source>
        <translation>无法读取设备信息</translation>
    </message>
    <message>
        <source>Devices (%1)</source>
        <translation>设备（%1）</translation>
    </message>
    <message>
        <source>No transcript is linked to this row.</source>
        <translation>此行未关联探测记录。</translation>
    </message>
    <message>
        <source>The transcript can be read when the running task has finished.</source>
        <translation>正在运行的任务完成后即可查看探测记录。</translation>
    </message>
    <message>
        <source>(cut at 1 MiB; export the evidence item for the whole transcript)</source>
        <translation>（已在 1 MiB 处截断；如需完整探测记录，请导出该证据）</translation>
    </message>
    <message>
        <source>Evidence %1</source>
        <translation>证据 %1</translation>
    </message>
    <message>
        <source>&amp;Targets:</source>
        <translation>目标(&amp;T)：</translation>
    </message>
    <message>
        <source>Addresses, CIDR blocks or HOST:PORTS inside the authorised scope</source>
        <translation>授权范围内的地址、CIDR 网段或 主机:端口</translation>
    </message>
    <message>
        <source>Anything outside the inspection&apos;s authorised scope is refused before a packet is sent.</source>
        <translation>超出本次检查授权范围的目标，在发送任何数据包之前即被拒绝。</translation>
    </message>
    <message>
        <source>camera (default), top100, all, or a list such as 80,443,8000-8100</source>
        <translation>camera（默认）、top100、all，或端口列表，例如 80,443,8000-8100</translation>
    </message>
    <message>
        <source>Probe &amp;UDP services (SNMP, SIP, SSDP, WS-Discovery)</source>
        <translation>探测 UDP 服务（SNMP、SIP、SSDP、WS-Discovery）(&amp;U)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限制</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>CVE</source>
        <translation>CVE</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>探测记录</translation>
    </message>
    <message>
        <source>Probe checklist</source>
        <translation>探测检查项</translation>
    </message>
    <message>
        <source>Port&amp;s:</source>
        <translation>端口(&amp;S)：</translation>
    </message>
    <message>
        <source>Try default and weak pass&amp;words (lockout-safe)</source>
        <translation>尝试默认口令和弱口令(&amp;W)（防锁定）</translation>
    </message>
    <message>
        <source>R&amp;ate (connections/s):</source>
        <translation>速率(&amp;A)（连接/秒）：</translation>
    </message>
    <message>
        <source>Co&amp;ncurrency:</source>
        <translation>并发数(&amp;N)：</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stops the probe at once (Esc); what was found is kept.</source>
        <translation>立即停止探测（Esc）；已发现的结果将保留。</translation>
    </message>
    <message>
        <source>Select a service or a finding to read the exchange that proves it.</source>
        <translation>选择一个服务或问题，查看证明它的通信记录。</translation>
    </message>
    <message>
        <source>Found by probes and imports (%1; the %2 most severe shown, all on the Findings step)</source>
        <translation>探测和导入发现的问题（共 %1 个；显示最严重的 %2 个，全部问题见“发现问题”步骤）</translation>
    </message>
    <message>
        <source>Found by probes and imports (%1)</source>
        <translation>探测和导入发现的问题（%1）</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>A finding&apos;s title: %1 the service (e.g. &quot;rtsp 554/tcp&quot;), %2 the device (address and name).</extracomment>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <source>&amp;Multicast discovery</source>
        <translation>组播发现(&amp;M)</translation>
    </message>
    <message>
        <source>WS-Discovery and SSDP to 239.255.255.250 (TTL 1). Only when the scope names 239.255.255.250; replies from outside the scope are dropped unread.</source>
        <translation>向 239.255.255.250 发送 WS-Discovery 和 SSDP 报文（TTL 1）。仅当授权范围包含 239.255.255.250 时执行；来自授权范围之外的响应不予读取，直接丢弃。</translation>
    </message>
    <message>
        <source>Start &amp;probing</source>
        <translation>开始探测(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Record a finding…</source>
        <translation>记录问题(&amp;R)…</translation>
    </message>
    <message>
        <source>Start a finding about the selected device or service, with its transcripts as evidence.</source>
        <translation>针对所选设备或服务新建问题，并将其探测记录作为证据。</translation>
    </message>
    <message>
        <source>Open in Fin&amp;dings</source>
        <translation>在“发现问题”中打开(&amp;D)</translation>
    </message>
    <message>
        <source>Edit the selected finding on the Findings step (Enter or double click).</source>
        <translation>在“发现问题”步骤中编辑所选问题（按 Enter 或双击）。</translation>
    </message>
</context>
<context>
    <name>ab::ui::QuestionnaireModel</name>
    <message>
        <source>Pending</source>
        <translation>待回答</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已回答</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>Partially compliant</source>
        <translation>部分符合</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
</context>
<context>
    <name>ab::ui::QuestionnairePage</name>
    <message>
        <source>Save answer</source>
        <translation>保存答案</translation>
    </message>
    <message>
        <source>Choose an answer for %1 first.</source>
        <translation>请先为 %1 选择一个答案。</translation>
    </message>
    <message>
        <source>Wait for the running task to finish (or cancel it), then save the answer again.</source>
        <translation>请等待正在运行的任务完成（或取消它），然后再次保存答案。</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>全部部分</translation>
    </message>
    <message>
        <source>%1 / %2 answered</source>
        <translation>已回答 %1 / %2</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>进度：</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>显示(&amp;W)：</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>全部检查项</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待回答</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>Sectio&amp;n:</source>
        <translation>部分(&amp;N)：</translation>
    </message>
    <message>
        <source>Tick the evidence that supports this answer (Space ticks the current row).</source>
        <translation>勾选支持此答案的证据（按空格键勾选当前行）。</translation>
    </message>
</context>
<context>
    <name>ab::ui::ReadinessPanel</name>
    <message>
        <source>Before a report can be issued</source>
        <translation>出具报告前需完成的事项</translation>
    </message>
    <message>
        <source>Show or hide what is still missing (Space)</source>
        <translation>显示或隐藏尚缺事项（空格键）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Nothing is missing: every applicable item is answered, every finding has evidence, the authorisation is recorded.</source>
        <translation>没有缺项：所有适用的检查项均已作答，所有问题均有证据，授权文件已记录。</translation>
    </message>
    <message>
        <source>no authorisation document</source>
        <translation>无授权文件</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) unanswered</source>
        <translation>
            <numerusform>%n 个检查项未回答</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) without evidence</source>
        <translation>
            <numerusform>%n 个问题无证据</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a line to go to the page where it is fixed.</source>
        <translation>选择一行，转到可处理该项的页面。</translation>
    </message>
</context>
<context>
    <name>ab::ui::ReportJobs</name>
    <message>
        <source>Opening the signing key…</source>
        <translation>正在打开签名密钥…</translation>
    </message>
    <message>
        <source>Copying the inspection…</source>
        <translation>正在复制检查…</translation>
    </message>
    <message>
        <source>Verifying the copy…</source>
        <translation>正在校验副本…</translation>
    </message>
    <message>
        <source>Sealing the copy…</source>
        <translation>正在封存副本…</translation>
    </message>
</context>
<context>
    <name>ab::ui::ReportPage</name>
    <message>
        <source>Rectification notice</source>
        <translation>整改通知书</translation>
    </message>
    <message>
        <source>On-site record</source>
        <translation>现场检查记录</translation>
    </message>
    <message>
        <source>Inspection report</source>
        <translation>网络安全检查报告</translation>
    </message>
    <message>
        <source>The preview is made when this page is shown.</source>
        <translation>显示此页面时将生成预览。</translation>
    </message>
    <message>
        <source>Open an inspection to issue its documents.</source>
        <translation>请打开检查以出具其文档。</translation>
    </message>
    <message>
        <source>Next of its kind: %1</source>
        <translation>同类文档的下一编号：%1</translation>
    </message>
    <message>
        <source>Laying out the document…</source>
        <translation>正在排版文档…</translation>
    </message>
    <message>
        <source>Documents are written but not recorded here: %1.</source>
        <translation>文档已写出，但未记录到此检查中：%1。</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation>已由 %1 签名</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>文档(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>文号(&amp;N)：</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>日期(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>Issued &amp;by:</source>
        <translation>出具单位(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Representatives:</source>
        <translation>被检查单位代表(&amp;R)：</translation>
    </message>
    <message>
        <source>Dead&amp;line (days):</source>
        <translation>整改期限（天）(&amp;L)：</translation>
    </message>
    <message>
        <source>Next of its kind</source>
        <translation>同类文档的下一个编号</translation>
    </message>
    <message>
        <source>The documents&apos; default inspecting body</source>
        <translation>文档默认的检查机构</translation>
    </message>
    <message>
        <source>Names separated by ; (empty: lines to fill by hand)</source>
        <translation>姓名以 ; 分隔（留空：留出空行供手工填写）</translation>
    </message>
    <message>
        <source>The inspection&apos;s location</source>
        <translation>检查地点</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>导出 HTML(&amp;H)…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>打印(&amp;I)…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Sign and export…</source>
        <translation>签名并导出(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Verify a PDF…</source>
        <translation>校验 PDF(&amp;V)…</translation>
    </message>
    <message>
        <source>Documents issued</source>
        <translation>已出具的文档</translation>
    </message>
    <message>
        <source>Last verification</source>
        <translation>最近一次校验</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>出具时间</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>The inspection was closed before the document was written; nothing was written.</source>
        <translation>文档写入前检查已关闭；未写入任何内容。</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>已写入 %1（%2）。</translation>
    </message>
    <message>
        <source>Signed by %1 (certificate SHA-256 %2…).</source>
        <translation>签名者：%1（证书 SHA-256 %2…）。</translation>
    </message>
    <message>
        <source>Recorded in the inspection as document %1.</source>
        <translation>已作为文档 %1 记录到检查中。</translation>
    </message>
    <message>
        <source>Not recorded in the inspection: %1.</source>
        <translation>未记录到检查中：%1。</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>导出 HTML</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>网页 (*.html *.htm)</translation>
    </message>
    <message>
        <source>Sign and export</source>
        <translation>签名并导出</translation>
    </message>
    <message>
        <source>Sign %1 with your key; the signature goes into its first signature field.</source>
        <translation>使用您的密钥对 %1 签名；签名将置于其第一个签名域中。</translation>
    </message>
    <message>
        <source>Another export is still running; try again when it has finished.</source>
        <translation>另一项导出仍在进行；请在其完成后重试。</translation>
    </message>
    <message>
        <source>Signing %1…</source>
        <translation>正在签名 %1…</translation>
    </message>
    <message>
        <source>Rendering %1…</source>
        <translation>正在生成 %1…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Sent %1 to the printer.</source>
        <translation>已将 %1 发送到打印机。</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Verify a PDF</source>
        <translation>校验 PDF</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在校验 %1…</translation>
    </message>
    <message>
        <source>Check the signatures of a report PDF and whether it matches this inspection; you can also drop a PDF on this page.</source>
        <translation>校验报告 PDF 的签名及其是否与本检查一致；也可将 PDF 拖放到本页面。</translation>
    </message>
</context>
<context>
    <name>ab::ui::ReportPreview</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>上一页（Page Up）</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>下一页（Page Down）</translation>
    </message>
</context>
<context>
    <name>ab::ui::ReviewModel</name>
    <message>
        <source>Approval</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Rejection</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>The whole inspection</source>
        <translation>整个检查</translation>
    </message>
    <message>
        <source>%1 — double-click to go there</source>
        <translation>%1 — 双击转到该处</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>About</source>
        <translation>针对对象</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>ab::ui::ReviewPage</name>
    <message>
        <source>Wait for the running task (the integrity check, say) to finish.</source>
        <translation>请等待正在运行的任务（例如完整性校验）完成。</translation>
    </message>
    <message>
        <source>The inspection is open read-only; reviews cannot be recorded.</source>
        <translation>检查文件以只读方式打开；无法记录审阅。</translation>
    </message>
    <message>
        <source>The inspection file is read-only on disk; copy it to a writable place to record a review.</source>
        <translation>检查文件在磁盘上为只读；请将其复制到可写位置后再记录审阅。</translation>
    </message>
    <message>
        <source>Only a sealed copy can be approved or rejected: the decision is about what the seal covers. Export a sealed copy for the supervisor first.</source>
        <translation>只有封存副本才能被批准或驳回：该决定针对的是封存所涵盖的内容。请先为督导人员导出封存副本。</translation>
    </message>
    <message>
        <source>Recorded as %1</source>
        <translation>已记录为 %1</translation>
    </message>
    <message>
        <source>Nothing was recorded: the review cannot be written now.</source>
        <translation>未记录任何内容：当前无法写入审阅。</translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation>请先填写意见。</translation>
    </message>
    <message>
        <source>A rejection needs a reason: write it in the text field.</source>
        <translation>驳回必须说明理由：请在文本框中填写。</translation>
    </message>
    <message>
        <source>Approvals and rejections are about the whole inspection: choose &quot;The whole inspection&quot; under About, or add a comment on this object.</source>
        <translation>批准和驳回针对的是整个检查：请在“针对对象”中选择“整个检查”，或对此对象添加意见。</translation>
    </message>
    <message>
        <source>Say which one the comment is about (a number, or the item&apos;s id for an answer).</source>
        <translation>请指明意见针对的是哪一项（填写编号；针对答复时填写检查项编号）。</translation>
    </message>
    <message>
        <source>Recorded %1 %2 by %3, after seal %4: the seal stays intact.</source>
        <translation>已记录%1 %2，记录人：%3，位于封存 %4 之后：封存保持完好。</translation>
    </message>
    <message>
        <source>Recorded %1 %2 by %3.</source>
        <translation>已记录%1 %2，记录人：%3。</translation>
    </message>
    <message>
        <source>Approved by %1 on %2.</source>
        <translation>已由 %1 于 %2 批准。</translation>
    </message>
    <message>
        <source>Rejected by %1 on %2.</source>
        <translation>已由 %1 于 %2 驳回。</translation>
    </message>
    <message>
        <source>Awaiting a decision.</source>
        <translation>等待决定。</translation>
    </message>
    <message>
        <source>Not a sealed copy: comments only. Approvals and rejections are made on the sealed copy a supervisor receives.</source>
        <translation>不是封存副本：只能添加意见。批准和驳回须在督导人员收到的封存副本上进行。</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s), %1 approval(s), %2 rejection(s).</source>
        <translation>
            <numerusform>意见 %n 条，批准 %1 次，驳回 %2 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Comments and decisions, oldest first (double-click one to go to what it is about):</source>
        <translation>意见和决定，按时间先后排列（双击某条可转到其针对的对象）：</translation>
    </message>
    <message>
        <source>Add to the review</source>
        <translation>添加到审阅</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>针对对象(&amp;A)：</translation>
    </message>
    <message>
        <source>The whole inspection</source>
        <translation>整个检查</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>its number (evidence, finding, report) or item id (answer, e.g. INT-04)</source>
        <translation>其编号（证据、问题、报告）或检查项编号（答复，例如 INT-04）</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>内容(&amp;T)：</translation>
    </message>
    <message>
        <source>The comment, the approval&apos;s remark (optional) or the rejection&apos;s reason</source>
        <translation>意见内容、批准的说明（可选）或驳回的理由</translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation>添加意见(&amp;C)</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>批准(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>驳回(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ab::ui::ScoreChart</name>
    <message>
        <source>No sections to score.</source>
        <translation>没有可评分的部分。</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1：%2 / %3</translation>
    </message>
    <message>
        <source>%1: nothing scored yet</source>
        <translation>%1：尚无评分</translation>
    </message>
    <message>
        <source>Compliance by section</source>
        <translation>各部分符合情况</translation>
    </message>
</context>
<context>
    <name>ab::ui::ScorePage</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>总得分</translation>
    </message>
    <message>
        <source>Compliance by section</source>
        <translation>各部分符合情况</translation>
    </message>
    <message>
        <source>Bars run from 0 to the catalog&apos;s scale: red below 60%, amber below 80%, green from 80%. &quot;–&quot; marks a section with nothing scored yet. Text and date answers are recorded but not scored.</source>
        <translation>条形从 0 到目录规定的满分：低于 60% 为红色，低于 80% 为琥珀色，80% 及以上为绿色。“–”表示该部分尚无评分。文本和日期答案会被记录但不计分。</translation>
    </message>
    <message>
        <source>Total score: %1</source>
        <translation>总得分：%1</translation>
    </message>
    <message>
        <source>%1 of %2 applicable items answered, %3 pending.</source>
        <translation>适用的 %2 个检查项中已回答 %1 个，%3 个待回答。</translation>
    </message>
    <message>
        <source>Deductions for non-compliance: %1 points.</source>
        <translation>不符合项扣分：%1 分。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Non-compliant or partial items by severity: %1</source>
        <translation>按严重程度统计的不符合或部分符合检查项：%1</translation>
    </message>
</context>
<context>
    <name>ab::ui::SealBanner</name>
    <message>
        <source>Click to go to it.</source>
        <translation>单击转到该处。</translation>
    </message>
    <message>
        <source>signature not checked yet</source>
        <translation>签名尚未校验</translation>
    </message>
    <message>
        <source>signature INVALID: it does not match what it signs</source>
        <translation>签名无效：与其所签内容不符</translation>
    </message>
    <message>
        <source>signature valid, from a trusted authority (%1)</source>
        <translation>签名有效，来自受信任的机构（%1）</translation>
    </message>
    <message>
        <source>signature valid; not from a trusted authority (a self-signed certificate)</source>
        <translation>签名有效；并非来自受信任的机构（自签名证书）</translation>
    </message>
    <message>
        <source>signature valid; not from a trusted authority (issued by %1, whom this computer does not trust)</source>
        <translation>签名有效；并非来自受信任的机构（由 %1 签发，本机不信任该机构）</translation>
    </message>
    <message>
        <source>signature valid; its certificate chain does not verify</source>
        <translation>签名有效；其证书链校验未通过</translation>
    </message>
    <message>
        <source>Review: approved by %1 on %2</source>
        <translation>审阅：已由 %1 于 %2 批准</translation>
    </message>
    <message>
        <source>Review: rejected by %1 on %2</source>
        <translation>审阅：已由 %1 于 %2 驳回</translation>
    </message>
    <message numerus="yes">
        <source>Review: awaiting a decision (%n comment(s))</source>
        <translation>
            <numerusform>审阅：等待决定（意见 %n 条）</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the integrity check (you can run it again).</source>
        <translation>停止完整性校验（可再次运行）。</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新校验</translation>
    </message>
    <message>
        <source>Verify every evidence item, the custody log and the seal again.</source>
        <translation>重新校验每项证据、监管链日志和封存。</translation>
    </message>
    <message>
        <source>Sealed copy, open read-only — checking its integrity…</source>
        <translation>封存副本，以只读方式打开 — 正在校验其完整性…</translation>
    </message>
    <message>
        <source>Sealed copy, open read-only — its integrity has not been checked.</source>
        <translation>封存副本，以只读方式打开 — 尚未校验其完整性。</translation>
    </message>
    <message>
        <source>Sealed copy, intact: nothing changed since it was sealed.</source>
        <translation>封存副本，完整：封存后未作任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>Sealed copy, NOT INTACT: %n change(s) since it was sealed.</source>
        <translation>
            <numerusform>封存副本，不完整：封存后有 %n 处更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sealed copy: the integrity check could not run: %1</source>
        <translation>封存副本：无法运行完整性校验：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Sealed by %1 on %2</source>
        <translation>由 %1 于 %2 封存</translation>
    </message>
    <message>
        <source>Sealed in AuditBench by %1, covering custody entries 1 to %2 (head %3).</source>
        <translation>由 %1 在 AuditBench 中封存，涵盖监管链记录 1 至 %2（链头 %3）。</translation>
    </message>
    <message>
        <source>Certificate: %1
Issued by: %2
SHA-256 fingerprint: %3</source>
        <translation>证书：%1
签发者：%2
SHA-256 指纹：%3</translation>
    </message>
</context>
<context>
    <name>ab::ui::SealedCopyExport</name>
    <message>
        <source>Export sealed copy</source>
        <translation>导出封存副本</translation>
    </message>
    <message>
        <source>A copy is being written already.</source>
        <translation>已有一个副本正在写入。</translation>
    </message>
    <message>
        <source>Open an inspection first.</source>
        <translation>请先打开检查文件。</translation>
    </message>
    <message>
        <source>Wait until the running task has finished (or cancel it), then export the copy.</source>
        <translation>请等待正在运行的任务完成（或取消它），然后再导出副本。</translation>
    </message>
    <message>
        <source>-sealed</source>
        <translation>-封存</translation>
    </message>
    <message>
        <source>Inspections (*.inspection)</source>
        <translation>检查文件 (*.inspection)</translation>
    </message>
    <message>
        <source>Seal the copy with your key: the supervisor&apos;s verify then checks that nothing changed since. Cancel to choose a plain copy instead.</source>
        <translation>请使用您的密钥封存该副本：督导人员随后运行 verify 即可确认自封存以来未作任何更改。如要改为导出普通副本，请点击“取消”。</translation>
    </message>
    <message>
        <source>No key was chosen. Write the copy without a seal?</source>
        <translation>未选择密钥。是否写入不封存的副本？</translation>
    </message>
    <message>
        <source>Write a plain copy, not sealed</source>
        <translation>写入普通副本，不封存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Copying the inspection…</source>
        <translation>正在复制检查…</translation>
    </message>
    <message>
        <source>Cancelled: no copy was written.</source>
        <translation>已取消：未写入任何副本。</translation>
    </message>
    <message numerus="yes">
        <source>Sealed copy %1 written (%2): %n evidence item(s) and custody head %3 (entry %4) sealed by %5.</source>
        <translation>
            <numerusform>已写入封存副本 %1（%2）：%n 项证据及监管链链头 %3（记录 %4）已由 %5 封存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy %1 written (%2). It is not sealed: verify on it checks its custody log, but no seal vouches for it.</source>
        <translation>已写入副本 %1（%2）。该副本未封存：对其运行 verify 会校验其监管链日志，但没有封存为其提供担保。</translation>
    </message>
</context>
<context>
    <name>ab::ui::SetupPage</name>
    <message>
        <source>None recorded yet. The order or letter that authorises this inspection must be in the evidence before a report can be issued.</source>
        <translation>尚未记录。出具报告前，必须将授权本次检查的指令或函件添加到证据中。</translation>
    </message>
    <message>
        <source>Evidence #%1: %2</source>
        <translation>证据 #%1：%2</translation>
    </message>
    <message>
        <source>(name not read yet)</source>
        <translation>（尚未读取名称）</translation>
    </message>
    <message>
        <source>Wait for the running task to finish (or cancel it), then save again.</source>
        <translation>请等待正在运行的任务完成（或取消它），然后再次保存。</translation>
    </message>
    <message>
        <source>The inspection&apos;s details are saved and recorded in the custody log.</source>
        <translation>检查信息已保存并记录到监管链日志中。</translation>
    </message>
    <message>
        <source>Authorisation document</source>
        <translation>授权文件</translation>
    </message>
    <message>
        <source>Choose the document (scan or PDF) of the order or letter that authorises this inspection.</source>
        <translation>选择授权本次检查的指令或函件的文件（扫描件或 PDF）。</translation>
    </message>
    <message>
        <source>Evidence #%1 is recorded as the authorisation document.</source>
        <translation>证据 #%1 已记录为授权文件。</translation>
    </message>
    <message>
        <source>Who and what is inspected, by whom, and within which bounds. Changes are saved with Save (Ctrl+S) and recorded in the custody log.</source>
        <translation>被检查单位及对象、检查人员和检查边界。更改通过“保存”（Ctrl+S）保存，并记录在监管链日志中。</translation>
    </message>
    <message>
        <source>Inspected organisation</source>
        <translation>被检查单位</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>单位(&amp;O)：</translation>
    </message>
    <message>
        <source>Loc&amp;ation:</source>
        <translation>地点(&amp;A)：</translation>
    </message>
    <message>
        <source>Da&amp;tes on site:</source>
        <translation>现场检查日期(&amp;T)：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Systems and security levels</source>
        <translation>系统及安全保护等级</translation>
    </message>
    <message>
        <source>Inspection team</source>
        <translation>检查组</translation>
    </message>
    <message>
        <source>Authorised sco&amp;pe</source>
        <translation>授权范围(&amp;P)</translation>
    </message>
    <message>
        <source>One per line: 192.168.1.0/24, cam.example or 10.0.0.5:80,554</source>
        <translation>每行一个：192.168.1.0/24、cam.example 或 10.0.0.5:80,554</translation>
    </message>
    <message>
        <source>Only these addresses and ports are ever probed. Leave it empty and probing is refused.</source>
        <translation>只会探测这些地址和端口。留空则拒绝探测。</translation>
    </message>
    <message>
        <source>Choose from &amp;evidence…</source>
        <translation>从证据中选择(&amp;E)…</translation>
    </message>
    <message>
        <source>I&amp;mport a file…</source>
        <translation>导入文件(&amp;M)…</translation>
    </message>
    <message>
        <source>This inspection file</source>
        <translation>本检查文件</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the details (Ctrl+S)</source>
        <translation>保存信息（Ctrl+S）</translation>
    </message>
</context>
<context>
    <name>ab::ui::SigningKeyDialog</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <source>A key file (PKCS#12: .p12, .pfx)</source>
        <translation>密钥文件（PKCS#12：.p12、.pfx）</translation>
    </message>
    <message>
        <source>A token or smart card (PKCS#11)</source>
        <translation>令牌或智能卡（PKCS#11）</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>密钥文件(&amp;K)：</translation>
    </message>
    <message>
        <source>Choose a key file</source>
        <translation>选择密钥文件</translation>
    </message>
    <message>
        <source>Key files (*.p12 *.pfx)</source>
        <translation>密钥文件 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Empty if the file has none</source>
        <translation>如文件没有口令则留空</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Token &amp;URI:</source>
        <translation>令牌 URI(&amp;U)：</translation>
    </message>
    <message>
        <source>Default: p11-kit-proxy (every registered module)</source>
        <translation>默认：p11-kit-proxy（所有已注册的模块）</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>模块(&amp;M)：</translation>
    </message>
    <message>
        <source>Choose a PKCS#11 module</source>
        <translation>选择 PKCS#11 模块</translation>
    </message>
    <message>
        <source>Modules (*.so)</source>
        <translation>模块 (*.so)</translation>
    </message>
    <message>
        <source>Only when the token holds no certificate</source>
        <translation>仅当令牌中没有证书时填写</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>证书(&amp;C)：</translation>
    </message>
    <message>
        <source>Choose the signer&apos;s certificate</source>
        <translation>选择签名者的证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.der)</source>
        <translation>证书 (*.pem *.crt *.der)</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>PIN(&amp;I)：</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>签名</translation>
    </message>
</context>
<context>
    <name>ab::ui::SigningKeyRequest</name>
    <message>
        <source>the token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>No signing key was chosen.</source>
        <translation>未选择签名密钥。</translation>
    </message>
    <message>
        <source>Choose the key file (.p12 or .pfx) to sign with.</source>
        <translation>请选择用于签名的密钥文件（.p12 或 .pfx）。</translation>
    </message>
    <message>
        <source>The key file %1 does not exist.</source>
        <translation>密钥文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Enter the token&apos;s PIN.</source>
        <translation>请输入令牌的 PIN。</translation>
    </message>
</context>
<context>
    <name>ab::ui::SupervisorView</name>
    <message>
        <source>the seal cannot be read.</source>
        <translation>无法读取封存。</translation>
    </message>
    <message>
        <source>the seal was not found by the check.</source>
        <translation>校验未找到封存。</translation>
    </message>
</context>
<context>
    <name>ab::ui::SystemsEditor</name>
    <message>
        <source>Type the system&apos;s name first.</source>
        <translation>请先输入系统名称。</translation>
    </message>
    <message>
        <source>System name, e.g. CCTV platform</source>
        <translation>系统名称，例如：视频监控平台</translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation>等级(&amp;V)：</translation>
    </message>
    <message>
        <source>A&amp;dd system</source>
        <translation>添加系统(&amp;D)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Security level</source>
        <translation>安全保护等级</translation>
    </message>
    <message>
        <source>Enter adds the system; F2 edits a name or level in the table; Delete removes a row.</source>
        <translation>按 Enter 添加系统；按 F2 编辑表格中的名称或等级；按 Delete 删除一行。</translation>
    </message>
</context>
<context>
    <name>ab::ui::TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ab::ui::TeamEditor</name>
    <message>
        <source>Nobody named yet. The last inspector in the list is the team leader, who signs the report.</source>
        <translation>尚未填写任何人员。列表中最后一名检查人员为组长，由其签署报告。</translation>
    </message>
    <message>
        <source>Team leader (the last in the list; signs the report): %1</source>
        <translation>组长（列表中最后一位；签署报告）：%1</translation>
    </message>
    <message>
        <source>Inspector&apos;s name</source>
        <translation>检查人员姓名</translation>
    </message>
    <message>
        <source>Add inspe&amp;ctor</source>
        <translation>添加检查人员(&amp;C)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>ab::ui::VerificationText</name>
    <message>
        <source>trusted</source>
        <translation>可信</translation>
    </message>
    <message>
        <source>not trusted by this computer (self-signed)</source>
        <translation>本机不信任（自签名）</translation>
    </message>
    <message>
        <source>not trusted by this computer (issuer unknown)</source>
        <translation>本机不信任（签发机构未知）</translation>
    </message>
    <message>
        <source>not trusted (the certificate chain does not verify)</source>
        <translation>不可信（证书链校验未通过）</translation>
    </message>
    <message>
        <source>Every signature is valid and the last one covers the whole file.</source>
        <translation>所有签名均有效，且最后一个签名覆盖整个文件。</translation>
    </message>
    <message>
        <source>This PDF cannot be relied on as signed: see the problems above.</source>
        <translation>不能认定此 PDF 已可靠签名：请参阅上述问题。</translation>
    </message>
    <message>
        <source>The file carries no digital signature.</source>
        <translation>该文件不含数字签名。</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>Signature %1 (%2) is valid: signed by %3 on %4.</source>
        <translation>签名 %1（%2）有效：由 %3 于 %4 签署。</translation>
    </message>
    <message>
        <source>Signature %1 (%2) is NOT valid: signed by %3 on %4.</source>
        <translation>签名 %1（%2）无效：由 %3 于 %4 签署。</translation>
    </message>
    <message>
        <source>    Certificate %1, %2%3.</source>
        <translation>    证书 %1，%2%3。</translation>
    </message>
    <message>
        <source>, expired since signing</source>
        <translation>，签名后已过期</translation>
    </message>
    <message>
        <source>    It covers the whole file.</source>
        <translation>    该签名覆盖整个文件。</translation>
    </message>
    <message numerus="yes">
        <source>    It covers the first %n byte(s); more was added after it.</source>
        <translation>
            <numerusform>    该签名覆盖前 %n 个字节；其后还添加了其他内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>    Problem: %1</source>
        <translation>    问题：%1</translation>
    </message>
    <message>
        <source>    Changed after this signature: %1</source>
        <translation>    此签名之后的更改：%1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>Inspection: %1</source>
        <translation>检查：%1</translation>
    </message>
    <message numerus="yes">
        <source>Inspection: matches %1 (same inspection, custody chain head and %n evidence item(s)).</source>
        <translation>
            <numerusform>检查：与 %1 一致（同一检查、监管链链头及 %n 项证据）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::ui::VerifyBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n evidence item(s) re-hashed (%1), %2 custody entries chained; head %3.</source>
        <translation>
            <numerusform>完整：已重新校验 %n 项证据（%1），监管链 %2 条记录链接无误；链头 %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NOT INTACT: %n problem(s) found. The inspection was altered or damaged after it was recorded.</source>
        <translation>
            <numerusform>不完整：发现 %n 个问题。检查文件在记录后被篡改或损坏。</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification could not run: %1</source>
        <translation>无法执行完整性校验：%1</translation>
    </message>
</context>
<context>
    <name>ab::ui::WelcomePage</name>
    <message>
        <source>AuditBench</source>
        <translation>AuditBench</translation>
    </message>
    <message>
        <source>Open an inspection file to browse its evidence and custody log and to verify its integrity, or create a new inspection for an on-site visit. Every inspection is one encrypted file.</source>
        <translation>打开检查文件以浏览其证据和监管链日志并进行完整性校验，或为现场检查新建一个检查。每个检查都是一个加密文件。</translation>
    </message>
    <message>
        <source>New inspection…</source>
        <translation>新建检查…</translation>
    </message>
    <message>
        <source>Open inspection…</source>
        <translation>打开检查…</translation>
    </message>
    <message>
        <source>Open the sample inspection</source>
        <translation>打开示例检查</translation>
    </message>
</context>
<context>
    <name>ab::ui::WidgetDialogProvider</name>
    <message>
        <source>Open inspection</source>
        <translation>打开检查</translation>
    </message>
    <message>
        <source>Inspections (*.inspection)</source>
        <translation>检查文件 (*.inspection)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>添加证据文件</translation>
    </message>
    <message>
        <source>Add an evidence folder</source>
        <translation>添加证据文件夹</translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation>导出证据</translation>
    </message>
    <message>
        <source>Override a probe&apos;s answer</source>
        <translation>覆盖探测的答案</translation>
    </message>
    <message>
        <source>%1 was answered by a probe. Why does your answer replace it? The reason is kept with the answer.</source>
        <translation>%1 已由探测作答。您的答案为何要覆盖它？该理由将与答案一并保存。</translation>
    </message>
</context>
</TS>
