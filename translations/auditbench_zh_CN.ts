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
        <source>The inspection is open read-only.</source>
        <translation>检查文件以只读方式打开。</translation>
    </message>
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
        <source>Re-hash every evidence item, walk the custody chain and check the schema.</source>
        <translation>重新计算每项证据的哈希，遍历监管链并检查数据库结构。</translation>
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
        <source>auditbench-cli — AuditBench inspection files from the command line.

Usage: auditbench-cli COMMAND FILE [options]   (COMMAND --help for details)

Commands:
  init FILE --regime cn-miit|vn-mic --org NAME [--system NAME:LEVEL]... [--scope TARGET]... [--inspector NAME]...
       [--catalog ID|PATH]
  info FILE [--json]
  evidence add FILE PATH... [--kind K] [--item ITEM_ID] [--note TEXT]
  evidence list FILE [--json]
  evidence export FILE ID OUTPATH
  verify FILE [--json]
  custody FILE [--json]
  answer FILE ITEM_ID VALUE [--note TEXT] [--evidence ID]... [--override-reason TEXT]
  questions FILE [--json] [--pending] [--all]
  score FILE [--json]
  catalog check PATH|ID [--json]
  probe FILE [--target CIDR|HOST[:PORTS]]... [--ports LIST|camera|top100|all] [--no-credentials] [--no-udp]
        [--rate N] [--concurrency N] [--per-host N] [--attempts N] [--credentials-dir DIR] [--json]
  import-nmap FILE NMAP.xml
  devices FILE [--json]
  findings FILE [--json]

The passphrase comes from AUDITBENCH_PASSPHRASE or --passphrase-file FILE, never from an argument.
Exit codes: 0 success, 1 a problem was found, 2 usage error, 3 bad input or wrong passphrase, 4 I/O failure.
</source>
        <translation>auditbench-cli — 从命令行处理 AuditBench 检查文件。

用法：auditbench-cli COMMAND FILE [选项]   （COMMAND --help 查看详情）

命令：
  init FILE --regime cn-miit|vn-mic --org NAME [--system NAME:LEVEL]... [--scope TARGET]... [--inspector NAME]...
       [--catalog ID|PATH]
  info FILE [--json]
  evidence add FILE PATH... [--kind K] [--item ITEM_ID] [--note TEXT]
  evidence list FILE [--json]
  evidence export FILE ID OUTPATH
  verify FILE [--json]
  custody FILE [--json]
  answer FILE ITEM_ID VALUE [--note TEXT] [--evidence ID]... [--override-reason TEXT]
  questions FILE [--json] [--pending] [--all]
  score FILE [--json]
  catalog check PATH|ID [--json]
  probe FILE [--target CIDR|HOST[:PORTS]]... [--ports LIST|camera|top100|all] [--no-credentials] [--no-udp]
        [--rate N] [--concurrency N] [--per-host N] [--attempts N] [--credentials-dir DIR] [--json]
  import-nmap FILE NMAP.xml
  devices FILE [--json]
  findings FILE [--json]

口令来自 AUDITBENCH_PASSPHRASE 或 --passphrase-file FILE，绝不来自命令行参数。
退出码：0 成功，1 发现问题，2 用法错误，3 输入无效或口令错误，4 I/O 失败。
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
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <source>Name, kind, hash, item or person</source>
        <translation>名称、类型、哈希、检查项或人员</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>添加文件(&amp;F)…</translation>
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
</context>
<context>
    <name>ab::ui::EvidencePickerDialog</name>
    <message>
        <source>Attach evidence</source>
        <translation>附加证据</translation>
    </message>
    <message>
        <source>Select the evidence that supports this answer (click to select or deselect).</source>
        <translation>选择支持此答案的证据（单击以选中或取消选中）。</translation>
    </message>
</context>
<context>
    <name>ab::ui::InspectionWidget</name>
    <message>
        <source>Cannot read the inspection</source>
        <translation>无法读取检查文件</translation>
    </message>
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
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
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
</context>
<context>
    <name>ab::ui::NewInspectionDialog</name>
    <message>
        <source>New inspection</source>
        <translation>新建检查</translation>
    </message>
    <message>
        <source>China: MIIT inspection (cn-miit)</source>
        <translation>中国：工业和信息化部检查（cn-miit）</translation>
    </message>
    <message>
        <source>Viet Nam: MIC inspection (vn-mic)</source>
        <translation>越南：信息传媒部检查（vn-mic）</translation>
    </message>
    <message>
        <source>&amp;Regime:</source>
        <translation>检查制度(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>被检查单位(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>地点(&amp;L)：</translation>
    </message>
    <message>
        <source>System name</source>
        <translation>系统名称</translation>
    </message>
    <message>
        <source>Level </source>
        <translation>等级 </translation>
    </message>
    <message>
        <source>&amp;Add system</source>
        <translation>添加系统(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Systems:</source>
        <translation>系统(&amp;S)：</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>每行一个姓名</translation>
    </message>
    <message>
        <source>&amp;Inspectors:</source>
        <translation>检查人员(&amp;I)：</translation>
    </message>
    <message>
        <source>One per line: 192.168.1.0/24, cam.example or 10.0.0.5:80,554</source>
        <translation>每行一个：192.168.1.0/24、cam.example 或 10.0.0.5:80,554</translation>
    </message>
    <message>
        <source>Authorised s&amp;cope:</source>
        <translation>授权范围(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
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
        <source>Passphrase (&amp;again):</source>
        <translation>再次输入口令(&amp;A)：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>A system needs a name without &quot;:&quot;.</source>
        <translation>系统名称不能为空，且不能包含“:”。</translation>
    </message>
    <message>
        <source>%1 (level %2)</source>
        <translation>%1（等级 %2）</translation>
    </message>
    <message>
        <source>New inspection file</source>
        <translation>新检查文件</translation>
    </message>
    <message>
        <source>Inspections (*.inspection)</source>
        <translation>检查文件 (*.inspection)</translation>
    </message>
    <message>
        <source>Choose where to save the inspection file.</source>
        <translation>请选择检查文件的保存位置。</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name.</source>
        <translation>%1 已存在；请选择其他文件名。</translation>
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
    <message>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>%1: security level %2</source>
        <translation>%1：安全保护等级 %2</translation>
    </message>
    <message>
        <source>(none: probing is refused)</source>
        <translation>（无：将拒绝探测）</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>（未指定人员）</translation>
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
        <source>Organisation:</source>
        <translation>被检查单位：</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Systems:</source>
        <translation>系统：</translation>
    </message>
    <message>
        <source>Authorised scope:</source>
        <translation>授权范围：</translation>
    </message>
    <message>
        <source>Inspection team:</source>
        <translation>检查组：</translation>
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
        <source>Findings (%1)</source>
        <translation>发现的问题（%1）</translation>
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
        <source>Start probin&amp;g</source>
        <translation>开始探测(&amp;G)</translation>
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
    <name>ab::ui::TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
