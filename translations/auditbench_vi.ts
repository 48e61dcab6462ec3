<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>ab::AssetStore</name>
    <message>
        <source>Severity &quot;%1&quot; is not one of high, medium, low, info.</source>
        <translation>Mức độ nghiêm trọng &quot;%1&quot; không phải là một trong high, medium, low, info.</translation>
    </message>
    <message>
        <source>A finding needs a title.</source>
        <translation>Phát hiện cần có tiêu đề.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of a finding cannot be edited.</source>
        <translation>Không thể sửa trường &quot;%1&quot; của một phát hiện.</translation>
    </message>
</context>
<context>
    <name>ab::CatalogPin</name>
    <message>
        <source>The inspection file is damaged: it holds more than one catalog.</source>
        <translation>Tệp kiểm tra bị hỏng: tệp chứa nhiều hơn một danh mục kiểm tra.</translation>
    </message>
    <message>
        <source>The catalog kept in the inspection file was altered; run verify for details.</source>
        <translation>Danh mục kiểm tra lưu trong tệp kiểm tra đã bị sửa đổi; hãy chạy verify để xem chi tiết.</translation>
    </message>
    <message>
        <source>This inspection already follows catalog %1 %2; it cannot change catalogs.</source>
        <translation>Cuộc kiểm tra này đã theo danh mục kiểm tra %1 %2; không thể đổi sang danh mục kiểm tra khác.</translation>
    </message>
</context>
<context>
    <name>ab::DatabaseCopy</name>
    <message>
        <source>The inspection file is not open through SQLite; it cannot be copied.</source>
        <translation>Tệp kiểm tra không được mở qua SQLite; không thể sao chép.</translation>
    </message>
    <message>
        <source>The inspection file is not open; it cannot be copied.</source>
        <translation>Tệp kiểm tra chưa được mở; không thể sao chép.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 đã tồn tại.</translation>
    </message>
    <message>
        <source>Cannot create %1 (is the folder writable and is there space?).</source>
        <translation>Không tạo được %1 (thư mục có ghi được và còn dung lượng không?).</translation>
    </message>
    <message>
        <source>Cannot start copying the inspection to %1.</source>
        <translation>Không bắt đầu sao chép cuộc kiểm tra sang %1 được.</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was written.</source>
        <translation>Đã hủy sao chép; không có gì được ghi.</translation>
    </message>
    <message>
        <source>The inspection stayed busy (another program is writing to it); try again.</source>
        <translation>Cuộc kiểm tra vẫn đang bận (một chương trình khác đang ghi vào tệp); hãy thử lại.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full; free some space and try again.</source>
        <translation>Đĩa chứa %1 đã đầy; hãy giải phóng dung lượng và thử lại.</translation>
    </message>
    <message>
        <source>Copying the inspection to %1 failed (is the disk writable?).</source>
        <translation>Sao chép cuộc kiểm tra sang %1 thất bại (đĩa có ghi được không?).</translation>
    </message>
</context>
<context>
    <name>ab::EvidenceStore</name>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation>Đã hủy; không có gì được thêm.</translation>
    </message>
    <message>
        <source>Cannot read %1: permission denied; nothing was added.</source>
        <translation>Không đọc được %1: không có quyền; không có gì được thêm.</translation>
    </message>
    <message>
        <source>%1 is a broken symbolic link; nothing was added.</source>
        <translation>%1 là liên kết tượng trưng bị hỏng; không có gì được thêm.</translation>
    </message>
    <message>
        <source>%1 does not exist; nothing was added.</source>
        <translation>%1 không tồn tại; không có gì được thêm.</translation>
    </message>
    <message>
        <source>%1 is neither a file nor a folder; nothing was added.</source>
        <translation>%1 không phải tệp cũng không phải thư mục; không có gì được thêm.</translation>
    </message>
    <message>
        <source>Cannot read the folder %1: permission denied; nothing was added.</source>
        <translation>Không đọc được thư mục %1: không có quyền; không có gì được thêm.</translation>
    </message>
    <message>
        <source>%1: symbolic link to a folder, not followed</source>
        <translation>%1: liên kết tượng trưng tới thư mục, không theo</translation>
    </message>
    <message>
        <source>%1: broken or looping symbolic link</source>
        <translation>%1: liên kết tượng trưng hỏng hoặc lặp vòng</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: không phải tệp thông thường</translation>
    </message>
    <message>
        <source>Cannot read %1: %2; nothing was added.</source>
        <translation>Không đọc được %1: %2; không có gì được thêm.</translation>
    </message>
    <message>
        <source>The inspection is open read-only; evidence cannot be added.</source>
        <translation>Cuộc kiểm tra đang mở ở chế độ chỉ đọc; không thể thêm bằng chứng.</translation>
    </message>
    <message>
        <source>Unknown evidence kind &quot;%1&quot;; use document, photo, note or transcript.</source>
        <translation>Loại bằng chứng &quot;%1&quot; không hợp lệ; hãy dùng document, photo, note hoặc transcript.</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2; nothing was added.</source>
        <translation>Đọc %1 thất bại: %2; không có gì được thêm.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2; it was not added.</source>
        <translation>Không đọc được %1: %2; tệp này không được thêm.</translation>
    </message>
    <message>
        <source>There is no evidence item %1 in this inspection.</source>
        <translation>Cuộc kiểm tra này không có bằng chứng số %1.</translation>
    </message>
    <message>
        <source>Evidence %1: %2</source>
        <translation>Bằng chứng %1: %2</translation>
    </message>
    <message>
        <source>its stored contents are missing.</source>
        <translation>nội dung lưu trữ của nó bị thiếu.</translation>
    </message>
    <message>
        <source>chunk %1 of %2 is missing.</source>
        <translation>khối %1 trên %2 bị thiếu.</translation>
    </message>
    <message>
        <source>chunk %1 of %2 fails authentication (altered, moved or swapped).</source>
        <translation>khối %1 trên %2 không qua xác thực (bị sửa, di chuyển hoặc tráo đổi).</translation>
    </message>
    <message>
        <source>its contents hash to %1 but %2 was recorded.</source>
        <translation>nội dung có mã băm %1 nhưng bản ghi là %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Không ghi được %1: %2.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2.</source>
        <translation>Ghi %1 thất bại: %2.</translation>
    </message>
    <message>
        <source>%1 is this inspection file itself and cannot be added to it as evidence.</source>
        <translation>%1 chính là tệp kiểm tra này, không thể thêm vào chính nó làm bằng chứng.</translation>
    </message>
    <message>
        <source>%1 is the inspection file itself; export to another file.</source>
        <translation>%1 chính là tệp kiểm tra; hãy xuất ra một tệp khác.</translation>
    </message>
</context>
<context>
    <name>ab::InspectionComparer</name>
    <message>
        <source>Name at least two inspection files to compare.</source>
        <translation>Hãy chỉ định ít nhất hai tệp kiểm tra để so sánh.</translation>
    </message>
</context>
<context>
    <name>ab::InspectionExporter</name>
    <message>
        <source>Name the file to write the copy to.</source>
        <translation>Hãy chỉ định tệp để ghi bản sao.</translation>
    </message>
    <message>
        <source>%1 is the inspection itself; write the copy to another file.</source>
        <translation>%1 chính là cuộc kiểm tra này; hãy ghi bản sao ra một tệp khác.</translation>
    </message>
    <message>
        <source>%1 is a folder; name the file to write the copy to.</source>
        <translation>%1 là một thư mục; hãy chỉ định tệp để ghi bản sao.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or use --force to replace it.</source>
        <translation>%1 đã tồn tại; hãy chọn tên khác hoặc dùng --force để thay thế.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <source>%1 is already a sealed copy; hand it over as it is (a copy of the file keeps its seal).</source>
        <translation>%1 đã là bản sao đã niêm phong; hãy bàn giao nguyên trạng (bản sao của tệp này vẫn giữ niêm phong).</translation>
    </message>
    <message>
        <source>The inspection is open read-only; the export is recorded in its custody log, so open it for writing.</source>
        <translation>Cuộc kiểm tra đang mở ở chế độ chỉ đọc; việc xuất được ghi vào nhật ký chuỗi lưu giữ, vì vậy hãy mở ở chế độ ghi.</translation>
    </message>
    <message>
        <source>Cannot write %1 to disk (is the disk full or removed?).</source>
        <translation>Không ghi được %1 ra đĩa (đĩa đã đầy hoặc đã bị rút ra?).</translation>
    </message>
    <message>
        <source>Cannot write %1 (is the folder writable?).</source>
        <translation>Không ghi được %1 (thư mục có ghi được không?).</translation>
    </message>
    <message numerus="yes">
        <source>The inspection is not intact (%n problem(s), first: %1 %2); nothing was exported. Run verify on it to see them all.</source>
        <translation>
            <numerusform>Cuộc kiểm tra không còn toàn vẹn (%n vấn đề, vấn đề đầu tiên: %1 %2); không có gì được xuất. Hãy chạy verify trên tệp để xem toàn bộ.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Đã hủy xuất; không có gì được ghi.</translation>
    </message>
</context>
<context>
    <name>ab::InspectionFile</name>
    <message>
        <source>The inspection file is damaged: &quot;%1&quot; is missing.</source>
        <translation>Tệp kiểm tra bị hỏng: thiếu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 already exists; AuditBench never overwrites an inspection.</source>
        <translation>%1 đã tồn tại; AuditBench không bao giờ ghi đè một cuộc kiểm tra.</translation>
    </message>
    <message>
        <source>The passphrase must be at least 8 characters long.</source>
        <translation>Cụm mật khẩu phải dài ít nhất 8 ký tự.</translation>
    </message>
    <message>
        <source>Could not create %1 (does the folder exist and is it writable?).</source>
        <translation>Không tạo được %1 (thư mục có tồn tại và ghi được không?).</translation>
    </message>
    <message>
        <source>%1 is read-only; copy it to a writable place, or open it read-only to view and verify it.</source>
        <translation>%1 chỉ đọc; hãy sao chép đến nơi ghi được, hoặc mở ở chế độ chỉ đọc để xem và xác minh.</translation>
    </message>
    <message>
        <source>%1 was written by a newer AuditBench; update AuditBench to open it.</source>
        <translation>%1 được ghi bởi phiên bản AuditBench mới hơn; hãy cập nhật AuditBench để mở.</translation>
    </message>
    <message>
        <source>%1 was interrupted in the middle of a change and must be repaired, but it is read-only. Copy it together with %2 to a writable place and open it there.</source>
        <translation>%1 bị gián đoạn giữa chừng khi đang thay đổi và cần được sửa chữa, nhưng tệp chỉ đọc. Hãy sao chép tệp cùng với %2 đến nơi ghi được rồi mở ở đó.</translation>
    </message>
    <message>
        <source>%1 is damaged: its table(s) %2 are missing; restore it from a copy.</source>
        <translation>%1 bị hỏng: thiếu (các) bảng %2; hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>Wrong passphrase for %1, or its key slot was altered (nothing was changed).</source>
        <translation>Sai cụm mật khẩu cho %1, hoặc vùng khóa của tệp đã bị sửa đổi (không có gì bị thay đổi).</translation>
    </message>
    <message>
        <source>%1 was replaced by another inspection file while it was being opened.</source>
        <translation>%1 đã bị thay bằng một tệp kiểm tra khác trong khi đang mở.</translation>
    </message>
    <message>
        <source>The inspection is open read-only; open it for writing to change it.</source>
        <translation>Cuộc kiểm tra đang mở ở chế độ chỉ đọc; hãy mở ở chế độ ghi để thay đổi.</translation>
    </message>
    <message>
        <source>%1 is a sealed copy: only review comments, approvals and rejections can be added to it. Make changes in the original inspection and export a new sealed copy.</source>
        <translation>%1 là bản sao đã niêm phong: chỉ có thể thêm ý kiến xem xét, phê duyệt và bác bỏ. Hãy thay đổi trong cuộc kiểm tra gốc rồi xuất một bản sao đã niêm phong mới.</translation>
    </message>
    <message>
        <source>A new inspection holds no evidence yet; record the authorisation document after adding it.</source>
        <translation>Cuộc kiểm tra mới chưa có bằng chứng nào; hãy thêm văn bản cho phép kiểm tra làm bằng chứng rồi mới ghi nhận nó.</translation>
    </message>
    <message>
        <source>The inspection is open read-only; its details cannot be changed.</source>
        <translation>Cuộc kiểm tra đang mở ở chế độ chỉ đọc; không thể thay đổi thông tin kiểm tra.</translation>
    </message>
    <message>
        <source>There is no evidence item %1 in this inspection.</source>
        <translation>Cuộc kiểm tra này không có bằng chứng số %1.</translation>
    </message>
    <message>
        <source>Evidence %1 (%2) is not a document; the authorisation must be a document (a scan or PDF of the order).</source>
        <translation>Bằng chứng %1 (%2) không phải tài liệu; văn bản cho phép kiểm tra phải là tài liệu (bản quét hoặc tệp PDF của quyết định kiểm tra).</translation>
    </message>
</context>
<context>
    <name>ab::InspectionMeta</name>
    <message>
        <source>System &quot;%1&quot; must be NAME:LEVEL with a level from 1 to 5.</source>
        <translation>Hệ thống &quot;%1&quot; phải có dạng TÊN:CẤP với cấp từ 1 đến 5.</translation>
    </message>
    <message>
        <source>Unknown regime &quot;%1&quot;; use cn-miit or vn-mic.</source>
        <translation>Chế độ kiểm tra &quot;%1&quot; không hợp lệ; hãy dùng cn-miit hoặc vn-mic.</translation>
    </message>
    <message>
        <source>The inspected organisation must be named.</source>
        <translation>Phải nêu tên tổ chức được kiểm tra.</translation>
    </message>
    <message>
        <source>Every system needs a name and a level from 1 to 5.</source>
        <translation>Mỗi hệ thống cần có tên và cấp từ 1 đến 5.</translation>
    </message>
    <message>
        <source>The inspection metadata is damaged (no id).</source>
        <translation>Siêu dữ liệu kiểm tra bị hỏng (không có mã định danh).</translation>
    </message>
    <message>
        <source>Every inspector needs a name.</source>
        <translation>Mỗi thành viên đoàn kiểm tra cần có tên.</translation>
    </message>
    <message>
        <source>The start date &quot;%1&quot; is not a date like 2024-05-31.</source>
        <translation>Ngày bắt đầu &quot;%1&quot; không phải ngày hợp lệ (ví dụ 2024-05-31).</translation>
    </message>
    <message>
        <source>The end date &quot;%1&quot; is not a date like 2024-05-31.</source>
        <translation>Ngày kết thúc &quot;%1&quot; không phải ngày hợp lệ (ví dụ 2024-05-31).</translation>
    </message>
    <message>
        <source>The on-site work cannot end (%1) before it starts (%2).</source>
        <translation>Công việc tại hiện trường không thể kết thúc (%1) trước khi bắt đầu (%2).</translation>
    </message>
    <message>
        <source>The authorisation document must be an evidence id.</source>
        <translation>Văn bản cho phép kiểm tra phải là một mã bằng chứng.</translation>
    </message>
</context>
<context>
    <name>ab::Kdf</name>
    <message>
        <source>The key-derivation settings in this file are invalid or unsupported.</source>
        <translation>Tham số dẫn xuất khóa trong tệp này không hợp lệ hoặc không được hỗ trợ.</translation>
    </message>
    <message>
        <source>OpenSSL does not provide scrypt.</source>
        <translation>OpenSSL không cung cấp scrypt.</translation>
    </message>
    <message>
        <source>Deriving the key from the passphrase failed (out of memory?).</source>
        <translation>Dẫn xuất khóa từ cụm mật khẩu thất bại (hết bộ nhớ?).</translation>
    </message>
</context>
<context>
    <name>ab::RecordTable</name>
    <message>
        <source>Device %1</source>
        <translation>Thiết bị %1</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>Dịch vụ %1</translation>
    </message>
    <message>
        <source>Finding %1</source>
        <translation>Phát hiện %1</translation>
    </message>
    <message>
        <source>Probe run %1</source>
        <translation>Lượt thăm dò %1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 không tồn tại.</translation>
    </message>
    <message>
        <source>Cannot read the inspection&apos;s %1 table.</source>
        <translation>Không đọc được bảng %1 của tệp kiểm tra.</translation>
    </message>
</context>
<context>
    <name>ab::ReviewStore</name>
    <message>
        <source>&quot;%1&quot; is not an object of an inspection; use evidence:N, finding:N, answer:ITEM or report:N.</source>
        <translation>&quot;%1&quot; không phải đối tượng của cuộc kiểm tra; hãy dùng evidence:N, finding:N, answer:ITEM hoặc report:N.</translation>
    </message>
    <message>
        <source>The inspection has no answer to %1.</source>
        <translation>Cuộc kiểm tra không có câu trả lời cho %1.</translation>
    </message>
    <message>
        <source>The inspection has no evidence %1.</source>
        <translation>Cuộc kiểm tra không có bằng chứng %1.</translation>
    </message>
    <message>
        <source>The inspection has no finding %1.</source>
        <translation>Cuộc kiểm tra không có phát hiện %1.</translation>
    </message>
    <message>
        <source>The inspection has no report %1.</source>
        <translation>Cuộc kiểm tra không có báo cáo %1.</translation>
    </message>
    <message>
        <source>A review comment needs some text.</source>
        <translation>Ý kiến xem xét cần có nội dung.</translation>
    </message>
    <message>
        <source>A rejection needs a reason (--comment TEXT).</source>
        <translation>Bác bỏ cần có lý do (--comment TEXT).</translation>
    </message>
    <message>
        <source>The inspection file is too old for review; open it for writing once to upgrade it.</source>
        <translation>Tệp kiểm tra có định dạng quá cũ để xem xét; hãy mở ở chế độ ghi một lần để nâng cấp.</translation>
    </message>
    <message>
        <source>The review text is too long (at most %1 characters).</source>
        <translation>Nội dung xem xét quá dài (tối đa %1 ký tự).</translation>
    </message>
    <message>
        <source>Only a sealed copy can be approved or rejected: the decision is about what the seal covers. Ask for a sealed copy (export --seal).</source>
        <translation>Chỉ bản sao đã niêm phong mới có thể được phê duyệt hoặc bác bỏ: quyết định áp dụng cho những gì niêm phong bao quát. Hãy yêu cầu một bản sao đã niêm phong (export --seal).</translation>
    </message>
</context>
<context>
    <name>ab::SampleInspection</name>
    <message>
        <source>Generated sample interview note.</source>
        <translation>Ghi chép phỏng vấn mẫu được tạo tự động.</translation>
    </message>
    <message>
        <source>Generated sample photo.</source>
        <translation>Ảnh mẫu được tạo tự động.</translation>
    </message>
    <message>
        <source>Generated sample device inventory.</source>
        <translation>Danh mục thiết bị mẫu được tạo tự động.</translation>
    </message>
    <message>
        <source>Generated sample probe transcript.</source>
        <translation>Bản ghi thăm dò mẫu được tạo tự động.</translation>
    </message>
    <message>
        <source>Generated sample authorisation.</source>
        <translation>Văn bản cho phép kiểm tra mẫu được tạo tự động.</translation>
    </message>
</context>
<context>
    <name>ab::Schema</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 không tồn tại.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Không đọc được %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not an AuditBench inspection file (it is not an SQLite database).</source>
        <translation>%1 không phải tệp kiểm tra AuditBench (không phải cơ sở dữ liệu SQLite).</translation>
    </message>
    <message>
        <source>%1 is damaged: its SQLite header is invalid.</source>
        <translation>%1 bị hỏng: phần đầu SQLite không hợp lệ.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not an AuditBench inspection file; it was left untouched.</source>
        <translation>%1 là cơ sở dữ liệu SQLite nhưng không phải tệp kiểm tra AuditBench; tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>%1 was written by a newer AuditBench (file format %2; this version reads up to %3). Update AuditBench to open it; the file was left untouched.</source>
        <translation>%1 được ghi bởi AuditBench mới hơn (định dạng %2; phiên bản này đọc tối đa %3). Hãy cập nhật AuditBench để mở; tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no AuditBench file-format version.</source>
        <translation>%1 bị hỏng: không có phiên bản định dạng tệp AuditBench.</translation>
    </message>
    <message>
        <source>%1 is truncated (%2 bytes where the header promises more); restore it from a copy.</source>
        <translation>%1 bị cắt cụt (%2 byte, ít hơn phần đầu cam kết); hãy khôi phục từ bản sao.</translation>
    </message>
    <message>
        <source>No migration from file format %1.</source>
        <translation>Không có chuyển đổi từ định dạng tệp %1.</translation>
    </message>
</context>
<context>
    <name>ab::Scope</name>
    <message>
        <source>Scope entry &quot;%1&quot; has an unclosed &apos;[&apos;.</source>
        <translation>Mục phạm vi &quot;%1&quot; có dấu &apos;[&apos; chưa đóng.</translation>
    </message>
    <message>
        <source>Scope entry &quot;%1&quot; is not CIDR, HOST or HOST:PORTS.</source>
        <translation>Mục phạm vi &quot;%1&quot; không phải dạng CIDR, HOST hoặc HOST:PORTS.</translation>
    </message>
    <message>
        <source>Scope entry is empty.</source>
        <translation>Mục phạm vi trống.</translation>
    </message>
    <message>
        <source>Scope entry &quot;%1&quot; has an invalid port list (use e.g. 80,443,8000-8100).</source>
        <translation>Mục phạm vi &quot;%1&quot; có danh sách cổng không hợp lệ (ví dụ: 80,443,8000-8100).</translation>
    </message>
    <message>
        <source>Scope entry &quot;%1&quot; is not a valid CIDR block.</source>
        <translation>Mục phạm vi &quot;%1&quot; không phải khối CIDR hợp lệ.</translation>
    </message>
    <message>
        <source>Scope entry &quot;%1&quot; is not a valid IPv4 address (use four numbers 0-255).</source>
        <translation>Mục phạm vi &quot;%1&quot; không phải địa chỉ IPv4 hợp lệ (dùng bốn số từ 0-255).</translation>
    </message>
    <message>
        <source>Scope entry &quot;%1&quot; is neither an address, a CIDR block nor a host name.</source>
        <translation>Mục phạm vi &quot;%1&quot; không phải địa chỉ, khối CIDR hay tên máy chủ.</translation>
    </message>
</context>
<context>
    <name>ab::SealManifest</name>
    <message>
        <source>The seal&apos;s manifest is not an AuditBench seal manifest (%1).</source>
        <translation>Bản kê khai của niêm phong không phải bản kê khai niêm phong AuditBench (%1).</translation>
    </message>
</context>
<context>
    <name>ab::SealVerifier</name>
    <message>
        <source>The signature of seal %1 does not match its manifest: the manifest or the signature was changed after sealing.</source>
        <translation>Chữ ký của niêm phong %1 không khớp với bản kê khai: bản kê khai hoặc chữ ký đã bị thay đổi sau khi niêm phong.</translation>
    </message>
    <message>
        <source>Seal %1: %2</source>
        <translation>Niêm phong %1: %2</translation>
    </message>
    <message>
        <source>Seal %1 is signed by %2, but its manifest names another certificate (%3): the signature was replaced.</source>
        <translation>Niêm phong %1 được ký bởi %2, nhưng bản kê khai của nó nêu một chứng thư số khác (%3): chữ ký đã bị thay thế.</translation>
    </message>
    <message>
        <source>Seal %1 differs from its signed manifest in: %2.</source>
        <translation>Niêm phong %1 khác với bản kê khai đã ký của nó ở: %2.</translation>
    </message>
    <message>
        <source>Seal %1 was made for another inspection (%2) and copied into this one.</source>
        <translation>Niêm phong %1 được tạo cho một cuộc kiểm tra khác (%2) và bị sao chép vào cuộc kiểm tra này.</translation>
    </message>
    <message>
        <source>Custody entry %1, the head seal %2 covers, is missing.</source>
        <translation>Mục chuỗi lưu giữ %1, là đầu chuỗi mà niêm phong %2 bao quát, bị thiếu.</translation>
    </message>
    <message>
        <source>The custody log up to seal %1 was rewritten: entry %2 no longer has the hash the seal signed.</source>
        <translation>Nhật ký chuỗi lưu giữ tính đến niêm phong %1 đã bị viết lại: mục %2 không còn mã băm mà niêm phong đã ký.</translation>
    </message>
    <message>
        <source>The inspection details differ from what seal %1 covers in: %2.</source>
        <translation>Thông tin kiểm tra khác với những gì niêm phong %1 bao quát ở: %2.</translation>
    </message>
    <message>
        <source>The pinned catalog differs from the one seal %1 covers (%2 %3).</source>
        <translation>Danh mục kiểm tra đã ghim khác với danh mục mà niêm phong %1 bao quát (%2 %3).</translation>
    </message>
    <message>
        <source>Evidence %1 (%2), covered by seal %3, is missing.</source>
        <translation>Bằng chứng %1 (%2), thuộc phạm vi niêm phong %3, bị thiếu.</translation>
    </message>
    <message>
        <source>Evidence %1 (%2) differs from what seal %3 covers in: %4.</source>
        <translation>Bằng chứng %1 (%2) khác với những gì niêm phong %3 bao quát ở: %4.</translation>
    </message>
    <message>
        <source>Evidence %1 (%2) was added after seal %3.</source>
        <translation>Bằng chứng %1 (%2) được thêm sau niêm phong %3.</translation>
    </message>
    <message>
        <source>The file holds %1 %2; seal %3 covers %4.</source>
        <translation>Tệp chứa %1 %2; niêm phong %3 bao quát %4.</translation>
    </message>
    <message>
        <source>Custody entry %1 (%2 of %3 by %4 at %5) came after seal %6: only review comments and approvals may follow a seal.</source>
        <translation>Mục chuỗi lưu giữ %1 (%2 đối với %3, do %4 thực hiện lúc %5) xuất hiện sau niêm phong %6: sau niêm phong chỉ được có ý kiến xem xét và phê duyệt.</translation>
    </message>
</context>
<context>
    <name>ab::Sql</name>
    <message>
        <source>The inspection file is in use by another AuditBench window or command; try again when it has finished.</source>
        <translation>Tệp kiểm tra đang được một cửa sổ hoặc lệnh AuditBench khác sử dụng; hãy thử lại khi nó hoàn tất.</translation>
    </message>
    <message>
        <source>The inspection file is read-only; copy it to a writable place or open it read-only.</source>
        <translation>Tệp kiểm tra chỉ đọc; hãy sao chép đến nơi ghi được hoặc mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>Reading or writing the inspection file failed (disk error or removed medium).</source>
        <translation>Đọc hoặc ghi tệp kiểm tra thất bại (lỗi đĩa hoặc thiết bị lưu trữ đã bị rút).</translation>
    </message>
    <message>
        <source>The inspection file is damaged; restore it from a copy.</source>
        <translation>Tệp kiểm tra bị hỏng; hãy khôi phục từ bản sao.</translation>
    </message>
    <message>
        <source>The disk is full; free some space and try again.</source>
        <translation>Đĩa đã đầy; hãy giải phóng dung lượng và thử lại.</translation>
    </message>
    <message>
        <source>The inspection file cannot be opened (check the path and permissions).</source>
        <translation>Không mở được tệp kiểm tra (hãy kiểm tra đường dẫn và quyền truy cập).</translation>
    </message>
    <message>
        <source>The inspection file could not be accessed (%1).</source>
        <translation>Không truy cập được tệp kiểm tra (%1).</translation>
    </message>
</context>
<context>
    <name>ab::Verifier</name>
    <message>
        <source>SQLite cannot check the file: %1</source>
        <translation>SQLite không kiểm tra được tệp: %1</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>Kiểm tra toàn vẹn SQLite: %1</translation>
    </message>
    <message>
        <source>The schema object %1 is missing.</source>
        <translation>Đối tượng lược đồ %1 bị thiếu.</translation>
    </message>
    <message>
        <source>The schema object %1 was added outside AuditBench.</source>
        <translation>Đối tượng lược đồ %1 đã được thêm bên ngoài AuditBench.</translation>
    </message>
    <message>
        <source>Custody entry %1 was deleted.</source>
        <translation>Mục chuỗi lưu giữ %1 đã bị xóa.</translation>
    </message>
    <message>
        <source>Custody entries %1 to %2 were deleted.</source>
        <translation>Các mục chuỗi lưu giữ từ %1 đến %2 đã bị xóa.</translation>
    </message>
    <message>
        <source>Custody entry %1 differs from what entry %2 recorded: it was rewritten after it was written.</source>
        <translation>Mục chuỗi lưu giữ %1 khác với những gì mục %2 đã ghi: nó đã bị viết lại sau khi ghi.</translation>
    </message>
    <message>
        <source>Custody entry %1 does not chain to the entry before it.</source>
        <translation>Mục chuỗi lưu giữ %1 không liên kết với mục trước nó.</translation>
    </message>
    <message>
        <source>Custody entry %1 (%2 of %3) was altered after it was written.</source>
        <translation>Mục chuỗi lưu giữ %1 (%2 của %3) đã bị sửa sau khi ghi.</translation>
    </message>
    <message>
        <source>The sealed custody head is missing.</source>
        <translation>Đầu chuỗi lưu giữ đã niêm phong bị thiếu.</translation>
    </message>
    <message>
        <source>The sealed custody head does not match the file key: the log was rewritten outside AuditBench.</source>
        <translation>Đầu chuỗi lưu giữ đã niêm phong không khớp khóa tệp: nhật ký đã bị viết lại bên ngoài AuditBench.</translation>
    </message>
    <message>
        <source>The last %1 custody entries (from %2) were deleted.</source>
        <translation>%1 mục chuỗi lưu giữ cuối cùng (từ %2) đã bị xóa.</translation>
    </message>
    <message>
        <source>Custody entries after %1 were added outside AuditBench.</source>
        <translation>Các mục chuỗi lưu giữ sau %1 đã được thêm bên ngoài AuditBench.</translation>
    </message>
    <message>
        <source>The last custody entry differs from the sealed head.</source>
        <translation>Mục chuỗi lưu giữ cuối cùng khác với đầu chuỗi đã niêm phong.</translation>
    </message>
    <message>
        <source>An unknown setting &quot;%1&quot; was added outside AuditBench.</source>
        <translation>Thiết lập lạ &quot;%1&quot; đã được thêm bên ngoài AuditBench.</translation>
    </message>
    <message>
        <source>The inspection details differ from the custody log in: %1.</source>
        <translation>Thông tin kiểm tra khác với nhật ký chuỗi lưu giữ ở: %1.</translation>
    </message>
    <message>
        <source>Evidence %1 (%2): its stored contents are missing.</source>
        <translation>Bằng chứng %1 (%2): nội dung lưu trữ bị thiếu.</translation>
    </message>
    <message>
        <source>Evidence %1 (%2) was added outside AuditBench: the custody log never recorded it.</source>
        <translation>Bằng chứng %1 (%2) đã được thêm bên ngoài AuditBench: nhật ký chuỗi lưu giữ chưa từng ghi nhận.</translation>
    </message>
    <message>
        <source>Evidence %1 (%2) differs from the custody log in: %3.</source>
        <translation>Bằng chứng %1 (%2) khác với nhật ký chuỗi lưu giữ ở: %3.</translation>
    </message>
    <message>
        <source>Evidence %1 (%2) recorded in the custody log is missing.</source>
        <translation>Bằng chứng %1 (%2) được ghi trong nhật ký chuỗi lưu giữ bị thiếu.</translation>
    </message>
    <message>
        <source>Stored contents %1 belong to no evidence item.</source>
        <translation>Nội dung lưu trữ %1 không thuộc bằng chứng nào.</translation>
    </message>
    <message>
        <source>Evidence %1: %2</source>
        <translation>Bằng chứng %1: %2</translation>
    </message>
    <message>
        <source>A stored chunk (%1/%2) belongs to no evidence contents.</source>
        <translation>Một khối lưu trữ (%1/%2) không thuộc nội dung bằng chứng nào.</translation>
    </message>
    <message>
        <source>The definition of %1 was changed outside AuditBench.</source>
        <translation>Định nghĩa của %1 đã bị thay đổi bên ngoài AuditBench.</translation>
    </message>
    <message>
        <source>Custody entry %1 (%2 of %3) was added outside AuditBench.</source>
        <translation>Mục nhật ký lưu giữ %1 (%2 đối với %3) đã được thêm bên ngoài AuditBench.</translation>
    </message>
    <message>
        <source>A catalog was added to the inspection outside AuditBench.</source>
        <translation>Một danh mục kiểm tra đã được thêm vào cuộc kiểm tra bên ngoài AuditBench.</translation>
    </message>
    <message>
        <source>The pinned catalog differs from the custody log in: %1.</source>
        <translation>Danh mục kiểm tra đã ghim khác với nhật ký chuỗi lưu giữ ở: %1.</translation>
    </message>
    <message>
        <source>The text of the pinned catalog was changed after it was pinned.</source>
        <translation>Nội dung của danh mục kiểm tra đã ghim bị thay đổi sau khi ghim.</translation>
    </message>
    <message>
        <source>The catalog the inspection was pinned to is missing.</source>
        <translation>Danh mục kiểm tra mà cuộc kiểm tra được ghim vào bị thiếu.</translation>
    </message>
    <message>
        <source>The answer to %1 was added outside AuditBench: the custody log never recorded it.</source>
        <translation>Câu trả lời cho %1 đã được thêm bên ngoài AuditBench: nhật ký chuỗi lưu giữ chưa từng ghi nhận.</translation>
    </message>
    <message>
        <source>The answer to %1 differs from the custody log in: %2.</source>
        <translation>Câu trả lời cho %1 khác với nhật ký chuỗi lưu giữ ở: %2.</translation>
    </message>
    <message>
        <source>The answer to %1 recorded in the custody log is missing.</source>
        <translation>Câu trả lời cho %1 được ghi trong nhật ký chuỗi lưu giữ bị thiếu.</translation>
    </message>
    <message>
        <source>%1 was added outside AuditBench: the custody log never recorded it.</source>
        <translation>%1 đã được thêm bên ngoài AuditBench: nhật ký chuỗi lưu giữ chưa từng ghi nhận.</translation>
    </message>
    <message>
        <source>%1 differs from the custody log in: %2.</source>
        <translation>%1 khác với nhật ký chuỗi lưu giữ ở: %2.</translation>
    </message>
    <message>
        <source>%1:%2 recorded in the custody log is missing.</source>
        <translation>%1:%2 được ghi trong nhật ký chuỗi lưu giữ bị thiếu.</translation>
    </message>
</context>
<context>
    <name>ab::catalog::Catalog</name>
    <message>
        <source>%1: not valid JSON at byte %2 (%3).</source>
        <translation>%1: JSON không hợp lệ tại byte %2 (%3).</translation>
    </message>
    <message>
        <source>%1: a catalog must be a JSON object.</source>
        <translation>%1: danh mục kiểm tra phải là một đối tượng JSON.</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>phải là &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be lower-case letters, digits and &apos;-&apos;</source>
        <translation>chỉ được gồm chữ thường, chữ số và &apos;-&apos;</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>không được để trống</translation>
    </message>
    <message>
        <source>must be cn-miit or vn-mic</source>
        <translation>phải là cn-miit hoặc vn-mic</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; %3.</source>
        <translation>%1: trường &apos;%2&apos; %3.</translation>
    </message>
    <message>
        <source>%1: item %2, field &apos;%3&apos; %4.</source>
        <translation>%1: mục %2, trường &apos;%3&apos; %4.</translation>
    </message>
    <message>
        <source>must be an object with en, zh_CN and vi texts</source>
        <translation>phải là một đối tượng có văn bản en, zh_CN và vi</translation>
    </message>
    <message>
        <source>has no %1 text</source>
        <translation>thiếu văn bản %1</translation>
    </message>
    <message>
        <source>must be a non-empty array</source>
        <translation>phải là một mảng không rỗng</translation>
    </message>
    <message>
        <source>has a source without an id</source>
        <translation>có một nguồn không có id</translation>
    </message>
    <message>
        <source>has the id %1 twice</source>
        <translation>có id %1 hai lần</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>phải là true hoặc false</translation>
    </message>
    <message>
        <source>has a section without an id</source>
        <translation>có một phần không có id</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>phải là một đối tượng</translation>
    </message>
    <message>
        <source>must be a number greater than 0</source>
        <translation>phải là số lớn hơn 0</translation>
    </message>
    <message>
        <source>must be a number from 0 to 1</source>
        <translation>phải là số từ 0 đến 1</translation>
    </message>
    <message>
        <source>must be a number of 0 or more</source>
        <translation>phải là số từ 0 trở lên</translation>
    </message>
    <message>
        <source>must be an expression in a string</source>
        <translation>phải là một biểu thức nằm trong chuỗi</translation>
    </message>
    <message>
        <source>is not a valid expression: %1</source>
        <translation>không phải là biểu thức hợp lệ: %1</translation>
    </message>
    <message>
        <source>uses the unknown name &apos;%1&apos;</source>
        <translation>dùng tên không xác định &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must look like INT-04</source>
        <translation>phải có dạng như INT-04</translation>
    </message>
    <message>
        <source>is used by two items</source>
        <translation>được hai mục kiểm tra cùng sử dụng</translation>
    </message>
    <message>
        <source>names no section of this catalog</source>
        <translation>không chỉ đến phần nào của danh mục kiểm tra này</translation>
    </message>
    <message>
        <source>must be interview, document or probe</source>
        <translation>phải là interview, document hoặc probe</translation>
    </message>
    <message>
        <source>must list at least one clause</source>
        <translation>phải liệt kê ít nhất một điều khoản</translation>
    </message>
    <message>
        <source>cites the unknown source &apos;%1&apos;</source>
        <translation>trích dẫn nguồn không xác định &apos;%1&apos;</translation>
    </message>
    <message>
        <source>needs verified: true or false on every clause</source>
        <translation>cần verified: true hoặc false ở mọi điều khoản</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>phải là một trong %1</translation>
    </message>
    <message>
        <source>must offer at least two choices</source>
        <translation>phải có ít nhất hai lựa chọn</translation>
    </message>
    <message>
        <source>has a missing, malformed or repeated id &apos;%1&apos;</source>
        <translation>có id &apos;%1&apos; bị thiếu, sai dạng hoặc trùng lặp</translation>
    </message>
    <message>
        <source>makes no sense for a compliance answer</source>
        <translation>không có ý nghĩa đối với câu trả lời loại tuân thủ</translation>
    </message>
    <message>
        <source>lists the unknown evidence kind &apos;%1&apos;</source>
        <translation>liệt kê loại bằng chứng không xác định &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be high, medium, low or info</source>
        <translation>phải là high, medium, low hoặc info</translation>
    </message>
    <message>
        <source>must name the probe checks that answer a probe item</source>
        <translation>phải nêu các phép kiểm tra thăm dò dùng để trả lời mục thăm dò</translation>
    </message>
    <message>
        <source>refers to the item %1, which does not exist</source>
        <translation>tham chiếu đến mục %1 không tồn tại</translation>
    </message>
    <message>
        <source>refers to the item itself</source>
        <translation>tham chiếu đến chính mục này</translation>
    </message>
    <message>
        <source>is part of a cycle of references: %1</source>
        <translation>nằm trong một vòng tham chiếu: %1</translation>
    </message>
    <message>
        <source>%1: a catalog larger than 16 MiB is refused.</source>
        <translation>%1: danh mục kiểm tra lớn hơn 16 MiB bị từ chối.</translation>
    </message>
    <message>
        <source>Cannot read the catalog %1: %2.</source>
        <translation>Không đọc được danh mục kiểm tra %1: %2.</translation>
    </message>
    <message>
        <source>There is no shipped catalog &quot;%1&quot; (shipped: %2).</source>
        <translation>Không có danh mục kiểm tra đi kèm &quot;%1&quot; (đi kèm: %2).</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>phải là một mảng</translation>
    </message>
    <message>
        <source>must list at least one item</source>
        <translation>phải liệt kê ít nhất một mục</translation>
    </message>
    <message>
        <source>names the item %1, which does not exist</source>
        <translation>nêu mục %1, là mục không tồn tại</translation>
    </message>
</context>
<context>
    <name>ab::catalog::Expression</name>
    <message>
        <source>column %1: %2</source>
        <translation>cột %1: %2</translation>
    </message>
    <message>
        <source>a number needs digits after &apos;.&apos;</source>
        <translation>số cần có chữ số sau &apos;.&apos;</translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation>số quá lớn</translation>
    </message>
    <message>
        <source>only \\, \&apos; and \&quot; may follow a backslash in a string</source>
        <translation>trong chuỗi, sau dấu gạch chéo ngược chỉ được là \\, \&apos; hoặc \&quot;</translation>
    </message>
    <message>
        <source>the string is not closed (missing %1)</source>
        <translation>chuỗi chưa được đóng (thiếu %1)</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; (did you mean &apos;%1%1&apos;?)</source>
        <translation>ký tự không mong đợi &apos;%1&apos; (ý bạn là &apos;%1%1&apos;?)</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>ký tự không mong đợi &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the end of the expression</source>
        <translation>cuối biểu thức</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>số %1</translation>
    </message>
    <message>
        <source>the string &apos;%1&apos;</source>
        <translation>chuỗi &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos;</source>
        <translation>tên &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected an operator or the end, found %1</source>
        <translation>cần một toán tử hoặc kết thúc, nhưng gặp %1</translation>
    </message>
    <message>
        <source>the expression nests deeper than %1 levels</source>
        <translation>biểu thức lồng sâu hơn %1 cấp</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at column %1, found %2</source>
        <translation>cần &apos;)&apos; để đóng &apos;(&apos; ở cột %1, nhưng gặp %2</translation>
    </message>
    <message>
        <source>%1 is a function: write %1(...)</source>
        <translation>%1 là một hàm: hãy viết %1(...)</translation>
    </message>
    <message>
        <source>expected a value, found %1</source>
        <translation>cần một giá trị, nhưng gặp %1</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos; (known: answer, answered, contains, count)</source>
        <translation>hàm không xác định &apos;%1&apos; (đã biết: answer, answered, contains, count)</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; in the call of %1(), found %2</source>
        <translation>cần &apos;,&apos; hoặc &apos;)&apos; trong lời gọi %1(), nhưng gặp %2</translation>
    </message>
    <message>
        <source>%1() takes 1 argument, got %2</source>
        <translation>%1() nhận 1 tham số, nhưng có %2</translation>
    </message>
    <message>
        <source>%1() takes 2 arguments, got %2</source>
        <translation>%1() nhận 2 tham số, nhưng có %2</translation>
    </message>
    <message>
        <source>%1() needs a quoted item id, such as %1(&apos;INT-01&apos;)</source>
        <translation>%1() cần mã mục kiểm tra đặt trong dấu nháy, ví dụ %1(&apos;INT-01&apos;)</translation>
    </message>
    <message>
        <source>%1() needs a non-empty item id</source>
        <translation>%1() cần mã mục kiểm tra không rỗng</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>bool</source>
        <translation>bool</translation>
    </message>
    <message>
        <source>number</source>
        <translation>số</translation>
    </message>
    <message>
        <source>string</source>
        <translation>chuỗi</translation>
    </message>
    <message>
        <source>list</source>
        <translation>danh sách</translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos;</source>
        <translation>tên không xác định &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; has a value of unsupported type %2</source>
        <translation>tên &apos;%1&apos; có giá trị kiểu %2 không được hỗ trợ</translation>
    </message>
    <message>
        <source>the answer to &apos;%1&apos; has a value of unsupported type %2</source>
        <translation>câu trả lời cho &apos;%1&apos; có giá trị kiểu %2 không được hỗ trợ</translation>
    </message>
    <message>
        <source>%1() needs a list, got %2</source>
        <translation>%1() cần một danh sách, nhưng nhận được %2</translation>
    </message>
    <message>
        <source>%1() needs a list and a string, got %2 and %3</source>
        <translation>%1() cần một danh sách và một chuỗi, nhưng nhận được %2 và %3</translation>
    </message>
    <message>
        <source>&apos;!&apos; needs a bool, got %1</source>
        <translation>&apos;!&apos; cần một giá trị bool, nhưng nhận được %1</translation>
    </message>
    <message>
        <source>&apos;-&apos; needs a number, got %1</source>
        <translation>&apos;-&apos; cần một số, nhưng nhận được %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs two bools, got %2 on the left</source>
        <translation>&apos;%1&apos; cần hai giá trị bool, nhưng bên trái là %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs two bools, got %2 on the right</source>
        <translation>&apos;%1&apos; cần hai giá trị bool, nhưng bên phải là %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2, got %3 and %4</source>
        <translation>&apos;%1&apos; cần %2, nhưng nhận được %3 và %4</translation>
    </message>
    <message>
        <source>two numbers or two strings</source>
        <translation>hai số hoặc hai chuỗi</translation>
    </message>
    <message>
        <source>two numbers</source>
        <translation>hai số</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>chia cho 0</translation>
    </message>
    <message>
        <source>the result of &apos;%1&apos; is too large</source>
        <translation>kết quả của &apos;%1&apos; quá lớn</translation>
    </message>
    <message>
        <source>The expression is %1 characters long; at most %2 are allowed.</source>
        <translation>Biểu thức dài %1 ký tự; tối đa chỉ cho phép %2.</translation>
    </message>
    <message>
        <source>The expression is empty.</source>
        <translation>Biểu thức trống.</translation>
    </message>
    <message>
        <source>The expression was never parsed.</source>
        <translation>Biểu thức chưa từng được phân tích.</translation>
    </message>
    <message>
        <source>The expression gives a %1 where true or false is needed.</source>
        <translation>Biểu thức cho ra %1 trong khi cần true hoặc false.</translation>
    </message>
</context>
<context>
    <name>ab::catalog::Questionnaire</name>
    <message>
        <source>&quot;%1&quot; is not a valid answer to %2: expected %3.</source>
        <translation>&quot;%1&quot; không phải là câu trả lời hợp lệ cho %2: cần %3.</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>một số</translation>
    </message>
    <message>
        <source>a date as YYYY-MM-DD</source>
        <translation>một ngày dạng YYYY-MM-DD</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>một trong %1</translation>
    </message>
    <message>
        <source>some text</source>
        <translation>một đoạn văn bản</translation>
    </message>
    <message>
        <source>Catalog %1 has no item %2.</source>
        <translation>Danh mục kiểm tra %1 không có mục %2.</translation>
    </message>
    <message>
        <source>%1 was answered by a probe; give a reason to override it.</source>
        <translation>%1 đã được trả lời bằng thăm dò; hãy nêu lý do để ghi đè.</translation>
    </message>
    <message>
        <source>The inspection is open read-only; answers cannot be changed.</source>
        <translation>Cuộc kiểm tra đang mở ở chế độ chỉ đọc; không thể thay đổi câu trả lời.</translation>
    </message>
</context>
<context>
    <name>ab::cli</name>
    <message>
        <source>The new inspection file (never overwritten).</source>
        <translation>Tệp kiểm tra mới (không bao giờ ghi đè).</translation>
    </message>
    <message>
        <source>cn-miit or vn-mic.</source>
        <translation>cn-miit hoặc vn-mic.</translation>
    </message>
    <message>
        <source>REGIME</source>
        <translation>CHẾ_ĐỘ</translation>
    </message>
    <message>
        <source>The inspected organisation.</source>
        <translation>Tổ chức được kiểm tra.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>TÊN</translation>
    </message>
    <message>
        <source>A system and its security level 1..5 (repeatable).</source>
        <translation>Một hệ thống và cấp độ an toàn 1..5 (có thể lặp lại).</translation>
    </message>
    <message>
        <source>NAME:LEVEL</source>
        <translation>TÊN:CẤP</translation>
    </message>
    <message>
        <source>An authorised target: CIDR, HOST or HOST:PORTS (repeatable).</source>
        <translation>Một mục tiêu được phép: CIDR, HOST hoặc HOST:PORTS (có thể lặp lại).</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>MỤC_TIÊU</translation>
    </message>
    <message>
        <source>A member of the inspection team (repeatable).</source>
        <translation>Một thành viên đoàn kiểm tra (có thể lặp lại).</translation>
    </message>
    <message>
        <source>Where the inspection takes place.</source>
        <translation>Nơi diễn ra cuộc kiểm tra.</translation>
    </message>
    <message>
        <source>PLACE</source>
        <translation>ĐỊA_ĐIỂM</translation>
    </message>
    <message>
        <source>Create a new inspection file.</source>
        <translation>Tạo tệp kiểm tra mới.</translation>
    </message>
    <message>
        <source>--regime and --org are required.</source>
        <translation>Cần có --regime và --org.</translation>
    </message>
    <message>
        <source>Created %1 (%2, %3).</source>
        <translation>Đã tạo %1 (%2, %3).</translation>
    </message>
    <message>
        <source>The inspection file.</source>
        <translation>Tệp kiểm tra.</translation>
    </message>
    <message>
        <source>Describe an inspection: regime, organisation, systems, scope, team, counts, chain head.</source>
        <translation>Mô tả cuộc kiểm tra: chế độ, tổ chức, hệ thống, phạm vi, đoàn, số lượng, đầu chuỗi.</translation>
    </message>
    <message>
        <source>Inspection:    %1</source>
        <translation>Kiểm tra:      %1</translation>
    </message>
    <message>
        <source>Regime:        %1</source>
        <translation>Chế độ:        %1</translation>
    </message>
    <message>
        <source>Organisation:  %1</source>
        <translation>Tổ chức:       %1</translation>
    </message>
    <message>
        <source>Location:      %1</source>
        <translation>Địa điểm:      %1</translation>
    </message>
    <message>
        <source>System:        %1 (level %2)</source>
        <translation>Hệ thống:      %1 (cấp %2)</translation>
    </message>
    <message>
        <source>Scope:         %1</source>
        <translation>Phạm vi:       %1</translation>
    </message>
    <message>
        <source>(none: probing is refused)</source>
        <translation>(không có: mọi thăm dò bị từ chối)</translation>
    </message>
    <message>
        <source>Team:          %1</source>
        <translation>Đoàn:          %1</translation>
    </message>
    <message>
        <source>Catalog:       %1 %2</source>
        <translation>Danh mục:      %1 %2</translation>
    </message>
    <message>
        <source>Created:       %1</source>
        <translation>Ngày tạo:      %1</translation>
    </message>
    <message>
        <source>Evidence:      %1 items</source>
        <translation>Bằng chứng:    %1 mục</translation>
    </message>
    <message>
        <source>Custody log:   %1 entries, head %2</source>
        <translation>Chuỗi lưu giữ: %1 mục, đầu chuỗi %2</translation>
    </message>
    <message>
        <source>Files or folders to import.</source>
        <translation>Các tệp hoặc thư mục cần nhập.</translation>
    </message>
    <message>
        <source>document, photo, note or transcript (default: from the file name).</source>
        <translation>document, photo, note hoặc transcript (mặc định: theo tên tệp).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>LOẠI</translation>
    </message>
    <message>
        <source>The checklist item the evidence supports.</source>
        <translation>Mục kiểm tra mà bằng chứng hỗ trợ.</translation>
    </message>
    <message>
        <source>ITEM_ID</source>
        <translation>MÃ_MỤC</translation>
    </message>
    <message>
        <source>A note kept with the evidence.</source>
        <translation>Ghi chú lưu kèm bằng chứng.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>VĂN_BẢN</translation>
    </message>
    <message>
        <source>Import files as evidence (streamed, hashed, encrypted).</source>
        <translation>Nhập tệp làm bằng chứng (xử lý luồng, băm, mã hóa).</translation>
    </message>
    <message>
        <source>unknown --kind &quot;%1&quot;; use document, photo, note or transcript.</source>
        <translation>--kind &quot;%1&quot; không hợp lệ; hãy dùng document, photo, note hoặc transcript.</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>đã bỏ qua %1</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>Không có gì để nhập.</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>đang nhập</translation>
    </message>
    <message>
        <source>not added: %1</source>
        <translation>không được thêm: %1</translation>
    </message>
    <message>
        <source>List the evidence items.</source>
        <translation>Liệt kê các bằng chứng.</translation>
    </message>
    <message>
        <source>The evidence id.</source>
        <translation>Mã bằng chứng.</translation>
    </message>
    <message>
        <source>Where to write the original bytes.</source>
        <translation>Nơi ghi nội dung gốc.</translation>
    </message>
    <message>
        <source>Write an evidence item&apos;s original bytes out (checked against its SHA-256).</source>
        <translation>Xuất nội dung gốc của một bằng chứng (đối chiếu với SHA-256).</translation>
    </message>
    <message>
        <source>ID must be a positive number, as printed by evidence list.</source>
        <translation>ID phải là số dương, như evidence list đã in ra.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, sha256 %3).</source>
        <translation>Đã ghi %1 (%2, sha256 %3).</translation>
    </message>
    <message>
        <source>Usage: auditbench-cli evidence add|list|export FILE ...
  add FILE PATH... [--kind K] [--item ITEM_ID] [--note TEXT]
  list FILE [--json]
  export FILE ID OUTPATH
</source>
        <translation>Cách dùng: auditbench-cli evidence add|list|export FILE ...
  add FILE PATH... [--kind K] [--item ITEM_ID] [--note TEXT]
  list FILE [--json]
  export FILE ID OUTPATH
</translation>
    </message>
    <message>
        <source>auditbench-cli evidence: use add, list or export (see auditbench-cli evidence --help).</source>
        <translation>auditbench-cli evidence: hãy dùng add, list hoặc export (xem auditbench-cli evidence --help).</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>đang xác minh</translation>
    </message>
    <message>
        <source>Intact: %1 evidence items (%2) re-hashed, %3 custody entries chained, head %4.</source>
        <translation>Toàn vẹn: đã băm lại %1 bằng chứng (%2), %3 mục chuỗi lưu giữ liên kết đúng, đầu chuỗi %4.</translation>
    </message>
    <message numerus="yes">
        <source>NOT INTACT: %n problem(s) found.</source>
        <translation>
            <numerusform>KHÔNG TOÀN VẸN: phát hiện %n vấn đề.</numerusform>
        </translation>
    </message>
    <message>
        <source>auditbench-cli: unknown command &quot;%1&quot;; see auditbench-cli --help.</source>
        <translation>auditbench-cli: lệnh &quot;%1&quot; không tồn tại; xem auditbench-cli --help.</translation>
    </message>
    <message>
        <source>Print one JSON document on stdout.</source>
        <translation>In một tài liệu JSON ra stdout.</translation>
    </message>
    <message>
        <source>Language of messages: zh_CN, vi or en.</source>
        <translation>Ngôn ngữ thông báo: zh_CN, vi hoặc en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>NGÔN_NGỮ</translation>
    </message>
    <message>
        <source>Read the inspection passphrase from FILE (else from AUDITBENCH_PASSPHRASE).</source>
        <translation>Đọc cụm mật khẩu kiểm tra từ FILE (nếu không thì từ AUDITBENCH_PASSPHRASE).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <source>Name recorded in the custody log for this change (else AUDITBENCH_USER or the login name).</source>
        <translation>Tên ghi vào nhật ký chuỗi lưu giữ cho thay đổi này (nếu không thì AUDITBENCH_USER hoặc tên đăng nhập).</translation>
    </message>
    <message>
        <source>missing arguments; see auditbench-cli %1 --help</source>
        <translation>thiếu tham số; xem auditbench-cli %1 --help</translation>
    </message>
    <message>
        <source>too many arguments; see auditbench-cli %1 --help</source>
        <translation>quá nhiều tham số; xem auditbench-cli %1 --help</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2.</source>
        <translation>Không đọc được tệp cụm mật khẩu %1: %2.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>Tệp cụm mật khẩu %1 trống.</translation>
    </message>
    <message>
        <source>No passphrase: set AUDITBENCH_PASSPHRASE or use --passphrase-file FILE.</source>
        <translation>Không có cụm mật khẩu: hãy đặt AUDITBENCH_PASSPHRASE hoặc dùng --passphrase-file FILE.</translation>
    </message>
    <message>
        <source>Print the custody log: who did what to which object, each entry chained to the one before.</source>
        <translation>In nhật ký chuỗi lưu giữ: ai đã làm gì với đối tượng nào, mỗi mục liên kết với mục trước.</translation>
    </message>
    <message>
        <source>auditbench-cli: no command given; see auditbench-cli --help.</source>
        <translation>auditbench-cli: chưa chỉ định lệnh; xem auditbench-cli --help.</translation>
    </message>
    <message>
        <source>A shipped catalog id (cn-miit, vn-mic) or the path of a catalog file (default: the regime&apos;s).</source>
        <translation>Mã danh mục kiểm tra đi kèm (cn-miit, vn-mic) hoặc đường dẫn tệp danh mục kiểm tra (mặc định: danh mục của chế độ).</translation>
    </message>
    <message>
        <source>ID|PATH</source>
        <translation>MÃ|ĐƯỜNG_DẪN</translation>
    </message>
    <message>
        <source>unknown --regime &quot;%1&quot;; use cn-miit or vn-mic.</source>
        <translation>--regime &quot;%1&quot; không hợp lệ; hãy dùng cn-miit hoặc vn-mic.</translation>
    </message>
    <message>
        <source>Catalog %1 is for the regime %2, not %3.</source>
        <translation>Danh mục kiểm tra %1 dành cho chế độ %2, không phải %3.</translation>
    </message>
    <message>
        <source>Answers:       %1</source>
        <translation>Câu trả lời:   %1</translation>
    </message>
    <message>
        <source>The checklist item, e.g. INT-04.</source>
        <translation>Mục kiểm tra, ví dụ INT-04.</translation>
    </message>
    <message>
        <source>compliant|partial|noncompliant|na, or the item&apos;s own type: yes|no, a number, YYYY-MM-DD, a choice id, comma-separated choice ids, text.</source>
        <translation>compliant|partial|noncompliant|na, hoặc theo kiểu riêng của mục: yes|no, một số, YYYY-MM-DD, một mã lựa chọn, các mã lựa chọn cách nhau bằng dấu phẩy, văn bản.</translation>
    </message>
    <message>
        <source>A note kept with the answer.</source>
        <translation>Ghi chú lưu kèm câu trả lời.</translation>
    </message>
    <message>
        <source>An evidence id supporting the answer (repeatable).</source>
        <translation>Mã bằng chứng hỗ trợ câu trả lời (có thể lặp lại).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>MÃ</translation>
    </message>
    <message>
        <source>Why a probe&apos;s answer is being overridden.</source>
        <translation>Lý do ghi đè câu trả lời của thăm dò.</translation>
    </message>
    <message>
        <source>Answer a checklist item.</source>
        <translation>Trả lời một mục kiểm tra.</translation>
    </message>
    <message>
        <source>--evidence takes an evidence id, as printed by evidence list.</source>
        <translation>--evidence cần một mã bằng chứng, như evidence list đã in ra.</translation>
    </message>
    <message>
        <source>There is no evidence item %1 in this inspection.</source>
        <translation>Cuộc kiểm tra này không có bằng chứng số %1.</translation>
    </message>
    <message>
        <source>%1 answered: %2</source>
        <translation>Đã trả lời %1: %2</translation>
    </message>
    <message>
        <source>Only the items still to answer.</source>
        <translation>Chỉ các mục còn chờ trả lời.</translation>
    </message>
    <message>
        <source>Also the items ruled out by level or skip logic.</source>
        <translation>Cả các mục bị loại do cấp độ hoặc logic bỏ qua.</translation>
    </message>
    <message>
        <source>The applicable checklist items (after levels and skip logic) with their state.</source>
        <translation>Các mục kiểm tra áp dụng (sau khi xét cấp độ và logic bỏ qua) cùng trạng thái của chúng.</translation>
    </message>
    <message>
        <source>The quantitative score per section and in total, by the catalog&apos;s rules.</source>
        <translation>Điểm định lượng theo từng phần và tổng cộng, theo quy tắc của danh mục kiểm tra.</translation>
    </message>
    <message>
        <source>Score: %1 of %2 (%3 answered, %4 pending, deductions %5)</source>
        <translation>Điểm: %1 trên %2 (%3 đã trả lời, %4 đang chờ, trừ điểm %5)</translation>
    </message>
    <message>
        <source>Not met by severity: high %1, medium %2, low %3, info %4</source>
        <translation>Không đạt theo mức độ nghiêm trọng: cao %1, trung bình %2, thấp %3, thông tin %4</translation>
    </message>
    <message>
        <source>auditbench-cli catalog: use &quot;catalog check PATH|ID&quot;.</source>
        <translation>auditbench-cli catalog: hãy dùng &quot;catalog check PATH|ID&quot;.</translation>
    </message>
    <message>
        <source>A catalog file, or a shipped catalog id.</source>
        <translation>Một tệp danh mục kiểm tra, hoặc mã danh mục kiểm tra đi kèm.</translation>
    </message>
    <message>
        <source>Validate a checklist catalog (docs/catalog-format.md); exit 3 names the item and field at fault.</source>
        <translation>Kiểm tra tính hợp lệ của danh mục kiểm tra (docs/catalog-format.md); mã thoát 3 nêu rõ mục và trường bị lỗi.</translation>
    </message>
    <message>
        <source>Valid: %1 %2 (%3), %4 items: %5 interview, %6 document, %7 probe.</source>
        <translation>Hợp lệ: %1 %2 (%3), %4 mục: %5 phỏng vấn, %6 tài liệu, %7 thăm dò.</translation>
    </message>
    <message>
        <source>Findings:      %1</source>
        <translation>Phát hiện:     %1</translation>
    </message>
    <message>
        <source>List the devices found on the site network and their services.</source>
        <translation>Liệt kê các thiết bị tìm thấy trên mạng tại hiện trường và các dịch vụ của chúng.</translation>
    </message>
    <message>
        <source>No devices yet: run probe or import-nmap.</source>
        <translation>Chưa có thiết bị nào: hãy chạy probe hoặc import-nmap.</translation>
    </message>
    <message>
        <source>List the findings: severity, device, checklist item and the evidence that proves each.</source>
        <translation>Liệt kê các phát hiện: mức độ nghiêm trọng, thiết bị, mục kiểm tra và bằng chứng chứng minh từng phát hiện.</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Không có phát hiện nào.</translation>
    </message>
    <message>
        <source>evidence %1</source>
        <translation>bằng chứng %1</translation>
    </message>
    <message>
        <source>A target inside the scope: CIDR, HOST or HOST:PORTS (repeatable; default: the whole scope).</source>
        <translation>Một mục tiêu trong phạm vi được phép: CIDR, HOST hoặc HOST:PORTS (có thể lặp lại; mặc định: toàn bộ phạm vi).</translation>
    </message>
    <message>
        <source>Ports: camera (default), top100, all, or a list such as 80,443,8000-8100.</source>
        <translation>Cổng: camera (mặc định), top100, all, hoặc một danh sách như 80,443,8000-8100.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>DANH_SÁCH</translation>
    </message>
    <message>
        <source>Do not try default or weak passwords (nor SNMP communities).</source>
        <translation>Không thử mật khẩu mặc định hoặc mật khẩu yếu (cũng không thử chuỗi community SNMP).</translation>
    </message>
    <message>
        <source>Do not probe SNMP, SIP, SSDP or WS-Discovery over UDP.</source>
        <translation>Không thăm dò SNMP, SIP, SSDP hoặc WS-Discovery qua UDP.</translation>
    </message>
    <message>
        <source>New connections per second, all hosts together (default 300; 0 = no limit).</source>
        <translation>Số kết nối mới mỗi giây, tính chung cho mọi máy chủ (mặc định 300; 0 = không giới hạn).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Connections open at once (default 64).</source>
        <translation>Số kết nối mở đồng thời (mặc định 64).</translation>
    </message>
    <message>
        <source>Connections open at once to one host (default 8).</source>
        <translation>Số kết nối mở đồng thời tới một máy chủ (mặc định 8).</translation>
    </message>
    <message>
        <source>Password attempts per account per device within 5 minutes (default 3).</source>
        <translation>Số lần thử mật khẩu cho mỗi tài khoản trên mỗi thiết bị trong 5 phút (mặc định 3).</translation>
    </message>
    <message>
        <source>A folder of extra credential lists (*.json).</source>
        <translation>Thư mục chứa các danh sách thông tin đăng nhập bổ sung (*.json).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>THƯ_MỤC</translation>
    </message>
    <message>
        <source>Probe the devices inside the authorised scope: open ports, services, TLS, weak passwords, known vulnerabilities. Out-of-scope targets are refused before anything is sent.</source>
        <translation>Thăm dò các thiết bị trong phạm vi được phép: cổng mở, dịch vụ, TLS, mật khẩu yếu, lỗ hổng đã biết. Mục tiêu ngoài phạm vi bị từ chối trước khi gửi bất kỳ dữ liệu nào.</translation>
    </message>
    <message>
        <source>--rate, --concurrency, --per-host and --attempts take a whole number in range.</source>
        <translation>--rate, --concurrency, --per-host và --attempts cần một số nguyên trong khoảng cho phép.</translation>
    </message>
    <message>
        <source>Probe run %1 %2: %3 hosts, %4 open ports, %5 services, %6 findings (%7 new), %8 transcripts kept.</source>
        <translation>Lượt thăm dò %1 %2: %3 máy chủ, %4 cổng mở, %5 dịch vụ, %6 phát hiện (%7 mới), đã lưu %8 bản ghi thăm dò.</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>đã dừng</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>đã hoàn tất</translation>
    </message>
    <message>
        <source>The probe was stopped; what was found so far is kept.</source>
        <translation>Đã dừng thăm dò; những gì tìm thấy đến lúc này được giữ lại.</translation>
    </message>
    <message>
        <source>nmap&apos;s XML output (nmap -oX).</source>
        <translation>Kết quả XML của nmap (nmap -oX).</translation>
    </message>
    <message>
        <source>Import hosts, ports and services from nmap XML output as evidence, devices and services.</source>
        <translation>Nhập máy chủ, cổng và dịch vụ từ kết quả XML của nmap thành bằng chứng, thiết bị và dịch vụ.</translation>
    </message>
    <message>
        <source>Imported %1: %2 devices, %3 services, %4 findings; the XML is evidence %5.</source>
        <translation>Đã nhập %1: %2 thiết bị, %3 dịch vụ, %4 phát hiện; tệp XML là bằng chứng %5.</translation>
    </message>
    <message>
        <source>Sweeping %1 hosts, %2 open ports so far</source>
        <translation>Đang quét %1 máy chủ, đã thấy %2 cổng mở</translation>
    </message>
    <message>
        <source>Sealed:        by %1 at %2, signer %3, covering custody entry %4 (run verify to check the seal)</source>
        <translation>Niêm phong:    do %1 thực hiện lúc %2, người ký %3, bao quát mục chuỗi lưu giữ %4 (hãy chạy verify để kiểm tra niêm phong)</translation>
    </message>
    <message>
        <source>Sealed:        no</source>
        <translation>Niêm phong:    không</translation>
    </message>
    <message>
        <source>approved by %1 at %2</source>
        <translation>được %1 phê duyệt lúc %2</translation>
    </message>
    <message>
        <source>rejected by %1 at %2</source>
        <translation>bị %1 bác bỏ lúc %2</translation>
    </message>
    <message>
        <source>no decision</source>
        <translation>chưa có quyết định</translation>
    </message>
    <message>
        <source>Review:        %1 comment(s), %2 approval(s), %3 rejection(s); %4</source>
        <translation>Xem xét:       %1 ý kiến, %2 phê duyệt, %3 bác bỏ; %4</translation>
    </message>
    <message>
        <source>sealed by %1, covering entry %2</source>
        <translation>được %1 niêm phong, bao quát mục %2</translation>
    </message>
    <message>
        <source>copy to %1%2</source>
        <translation>sao chép sang %1%2</translation>
    </message>
    <message>
        <source> (sealed)</source>
        <translation> (đã niêm phong)</translation>
    </message>
    <message>
        <source>%1 is not a certificate (PEM or DER).</source>
        <translation>%1 không phải chứng thư số (PEM hoặc DER).</translation>
    </message>
    <message>
        <source>Also trust this certificate (PEM or DER) when judging a seal&apos;s signer (repeatable).</source>
        <translation>Tin cậy thêm chứng thư số này (PEM hoặc DER) khi đánh giá người ký niêm phong (có thể lặp lại).</translation>
    </message>
    <message>
        <source>CERT</source>
        <translation>CERT</translation>
    </message>
    <message>
        <source>Re-hash every evidence item, walk the custody chain, check the schema and, on a sealed copy, the seal.</source>
        <translation>Băm lại mọi bằng chứng, duyệt chuỗi lưu giữ, kiểm tra lược đồ và, đối với bản sao đã niêm phong, kiểm tra niêm phong.</translation>
    </message>
    <message>
        <source>Seal %1: sealed by %2 at %3 with the certificate of %4 (%5); signature %6; %7.</source>
        <translation>Niêm phong %1: do %2 niêm phong lúc %3, sử dụng chứng thư số của %4 (%5); chữ ký %6; %7.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>hợp lệ</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>KHÔNG HỢP LỆ</translation>
    </message>
    <message>
        <source>[merged into %1]</source>
        <translation>[đã gộp vào %1]</translation>
    </message>
    <message>
        <source>Also discover devices by multicast WS-Discovery and SSDP (239.255.255.250, TTL 1); the scope must name 239.255.255.250.</source>
        <translation>Dò tìm thêm thiết bị bằng WS-Discovery và SSDP multicast (239.255.255.250, TTL 1); phạm vi phải bao gồm 239.255.255.250.</translation>
    </message>
    <message>
        <source>A folder of extra vulnerability fingerprint rules (*.json).</source>
        <translation>Thư mục chứa các quy tắc nhận dạng lỗ hổng bổ sung (*.json).</translation>
    </message>
    <message>
        <source>--multicast sends WS-Discovery and SSDP over UDP; it cannot be combined with --no-udp.</source>
        <translation>--multicast gửi WS-Discovery và SSDP qua UDP; không thể dùng cùng với --no-udp.</translation>
    </message>
    <message numerus="yes">
        <source>Multicast discovery: %n device(s) answered from inside the scope; %1 replies from outside it were dropped unread.</source>
        <translation>
            <numerusform>Dò tìm multicast: %n thiết bị trong phạm vi đã phản hồi; %1 phản hồi từ ngoài phạm vi đã bị loại bỏ mà không đọc.</numerusform>
        </translation>
    </message>
    <message>
        <source>Multicast discovery skipped: %1</source>
        <translation>Đã bỏ qua dò tìm multicast: %1</translation>
    </message>
    <message>
        <source>Multicast discovery failed: %1</source>
        <translation>Dò tìm multicast thất bại: %1</translation>
    </message>
    <message>
        <source>Sign with the key and certificate in this PKCS#12 file (.p12/.pfx).</source>
        <translation>Ký bằng khóa và chứng thư số trong tệp PKCS#12 này (.p12/.pfx).</translation>
    </message>
    <message>
        <source>KEY.p12</source>
        <translation>KEY.p12</translation>
    </message>
    <message>
        <source>Read the key file&apos;s passphrase from FILE (else AUDITBENCH_KEY_PASSPHRASE, else a prompt).</source>
        <translation>Đọc cụm mật khẩu của tệp khóa từ FILE (nếu không thì từ AUDITBENCH_KEY_PASSPHRASE, nếu không nữa thì hỏi trực tiếp).</translation>
    </message>
    <message>
        <source>Sign with a key on a PKCS#11 token (USB key, smart card), named by its pkcs11: URI.</source>
        <translation>Ký bằng khóa trên token PKCS#11 (USB token, thẻ thông minh), chỉ định bằng URI pkcs11: của khóa.</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>The token&apos;s PKCS#11 module (default: p11-kit-proxy, which loads every registered module).</source>
        <translation>Mô-đun PKCS#11 của token (mặc định: p11-kit-proxy, mô-đun này nạp mọi mô-đun đã đăng ký).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate, when the token does not hold it beside the key.</source>
        <translation>Chứng thư số của người ký, khi token không lưu chứng thư số cùng với khóa.</translation>
    </message>
    <message>
        <source>Read the token PIN from FILE (else AUDITBENCH_PIN, else a prompt).</source>
        <translation>Đọc mã PIN của token từ FILE (nếu không thì từ AUDITBENCH_PIN, nếu không nữa thì hỏi trực tiếp).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Không đọc được %1: %2.</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>Tệp %1 trống.</translation>
    </message>
    <message>
        <source>Give either --%1 KEY.p12 or --pkcs11 URI, not both.</source>
        <translation>Hãy chỉ dùng một trong hai: --%1 KEY.p12 hoặc --pkcs11 URI, không dùng cả hai.</translation>
    </message>
    <message>
        <source>--%1 goes with --pkcs11 URI.</source>
        <translation>--%1 chỉ dùng cùng với --pkcs11 URI.</translation>
    </message>
    <message>
        <source>--%1 goes with --%2 KEY.p12; a token takes --pin-file.</source>
        <translation>--%1 chỉ dùng cùng với --%2 KEY.p12; với token hãy dùng --pin-file.</translation>
    </message>
    <message>
        <source>No signing key: give --%1 KEY.p12 or --pkcs11 URI.</source>
        <translation>Không có khóa ký: hãy chỉ định --%1 KEY.p12 hoặc --pkcs11 URI.</translation>
    </message>
    <message>
        <source>The key file %1 does not exist.</source>
        <translation>Tệp khóa %1 không tồn tại.</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Cụm mật khẩu cho %1: </translation>
    </message>
    <message>
        <source>No passphrase for %1: use --key-passphrase-file FILE or AUDITBENCH_KEY_PASSPHRASE (or run it in a terminal to be asked).</source>
        <translation>Không có cụm mật khẩu cho %1: hãy dùng --key-passphrase-file FILE hoặc AUDITBENCH_KEY_PASSPHRASE (hoặc chạy lệnh trong terminal để được hỏi).</translation>
    </message>
    <message>
        <source>PIN for the token: </source>
        <translation>Mã PIN của token: </translation>
    </message>
    <message>
        <source>No PIN for the token: use --pin-file FILE or AUDITBENCH_PIN (or run it in a terminal to be asked).</source>
        <translation>Không có mã PIN của token: hãy dùng --pin-file FILE hoặc AUDITBENCH_PIN (hoặc chạy lệnh trong terminal để được hỏi).</translation>
    </message>
    <message>
        <source>The copy to write (OUT.inspection).</source>
        <translation>Bản sao cần ghi (OUT.inspection).</translation>
    </message>
    <message>
        <source>Replace OUT if it exists (never the inspection itself).</source>
        <translation>Thay thế OUT nếu đã tồn tại (không bao giờ thay thế chính cuộc kiểm tra).</translation>
    </message>
    <message>
        <source>Write a copy of the inspection for a supervisor; with --seal or --pkcs11, sealed: a signed manifest of the custody chain head, the evidence hashes and the inspection details that verify checks on the copy.</source>
        <translation>Ghi một bản sao của cuộc kiểm tra cho người giám sát; với --seal hoặc --pkcs11, bản sao được niêm phong: một bản kê khai đã ký gồm đầu chuỗi lưu giữ, mã băm của các bằng chứng và thông tin kiểm tra, được verify kiểm tra trên bản sao.</translation>
    </message>
    <message>
        <source>copying</source>
        <translation>đang sao chép</translation>
    </message>
    <message>
        <source>sealing</source>
        <translation>đang niêm phong</translation>
    </message>
    <message>
        <source>%1 is a plain copy, not sealed: verify on it checks its custody log but no seal. Use --seal KEY.p12 or --pkcs11 URI to seal it.</source>
        <translation>%1 là bản sao thường, chưa niêm phong: verify trên bản sao này chỉ kiểm tra nhật ký chuỗi lưu giữ, không kiểm tra niêm phong. Hãy dùng --seal KEY.p12 hoặc --pkcs11 URI để niêm phong.</translation>
    </message>
    <message>
        <source>Sealed copy %1 written (%2): %3 evidence items and custody head %4 (entry %5) signed by %6.</source>
        <translation>Đã ghi bản sao đã niêm phong %1 (%2): %3 bằng chứng và đầu chuỗi lưu giữ %4 (mục %5) do %6 ký.</translation>
    </message>
    <message>
        <source>Copy %1 written (%2).</source>
        <translation>Đã ghi bản sao %1 (%2).</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>phê duyệt</translation>
    </message>
    <message>
        <source>rejection</source>
        <translation>bác bỏ</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>ý kiến</translation>
    </message>
    <message>
        <source>No review yet.</source>
        <translation>Chưa có ý kiến xem xét nào.</translation>
    </message>
    <message>
        <source>Give --passphrase-file once (the same passphrase for every file) or once per file, in order.</source>
        <translation>Hãy chỉ định --passphrase-file một lần (cùng một cụm mật khẩu cho mọi tệp) hoặc mỗi tệp một lần, theo đúng thứ tự.</translation>
    </message>
    <message>
        <source>The inspection file (a sealed copy for approvals and rejections).</source>
        <translation>Tệp kiểm tra (bản sao đã niêm phong nếu phê duyệt hoặc bác bỏ).</translation>
    </message>
    <message>
        <source>A review comment; with --approve or --reject, its text.</source>
        <translation>Một ý kiến xem xét; khi dùng với --approve hoặc --reject, là nội dung của phê duyệt hoặc bác bỏ.</translation>
    </message>
    <message>
        <source>What the comment is about: evidence:N, finding:N, answer:ITEM or report:N.</source>
        <translation>Đối tượng của ý kiến: evidence:N, finding:N, answer:ITEM hoặc report:N.</translation>
    </message>
    <message>
        <source>OBJ</source>
        <translation>OBJ</translation>
    </message>
    <message>
        <source>Approve the sealed inspection.</source>
        <translation>Phê duyệt cuộc kiểm tra đã niêm phong.</translation>
    </message>
    <message>
        <source>Reject the sealed inspection (--comment gives the reason).</source>
        <translation>Bác bỏ cuộc kiểm tra đã niêm phong (--comment nêu lý do).</translation>
    </message>
    <message>
        <source>List the review comments and decisions.</source>
        <translation>Liệt kê các ý kiến xem xét và quyết định.</translation>
    </message>
    <message>
        <source>Add a supervisor&apos;s comment, approval or rejection (recorded in the custody log; a seal stays intact), or list them.</source>
        <translation>Thêm ý kiến, phê duyệt hoặc bác bỏ của người giám sát (được ghi vào nhật ký chuỗi lưu giữ; niêm phong vẫn nguyên vẹn), hoặc liệt kê chúng.</translation>
    </message>
    <message>
        <source>use one of --comment, --approve, --reject or --list.</source>
        <translation>hãy dùng một trong --comment, --approve, --reject hoặc --list.</translation>
    </message>
    <message>
        <source>--list takes no --comment or --object.</source>
        <translation>--list không đi kèm --comment hay --object.</translation>
    </message>
    <message>
        <source>say what to record: --comment TEXT, --approve, --reject --comment TEXT, or --list.</source>
        <translation>hãy cho biết cần ghi gì: --comment TEXT, --approve, --reject --comment TEXT, hoặc --list.</translation>
    </message>
    <message>
        <source>--reject needs a reason: --comment TEXT.</source>
        <translation>--reject cần có lý do: --comment TEXT.</translation>
    </message>
    <message>
        <source>--object goes with a comment; approvals and rejections are about the whole inspection.</source>
        <translation>--object chỉ đi kèm một ý kiến; phê duyệt và bác bỏ áp dụng cho toàn bộ cuộc kiểm tra.</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> về %1</translation>
    </message>
    <message>
        <source>Recorded %1 %2%3 by %4, after seal %5 (the seal stays intact).</source>
        <translation>Đã ghi %1 %2%3 do %4 thực hiện, sau niêm phong %5 (niêm phong vẫn nguyên vẹn).</translation>
    </message>
    <message>
        <source>Recorded %1 %2%3 by %4.</source>
        <translation>Đã ghi %1 %2%3 do %4 thực hiện.</translation>
    </message>
    <message>
        <source>Two or more inspection files of the same site.</source>
        <translation>Hai tệp kiểm tra trở lên của cùng một cơ sở được kiểm tra.</translation>
    </message>
    <message>
        <source>Also list what the files agree on.</source>
        <translation>Liệt kê cả những điểm giống nhau giữa các tệp.</translation>
    </message>
    <message>
        <source>Show what differs between inspections of the same site: details, answers, findings, devices, services, evidence. --passphrase-file once for all files or once per file, in order.</source>
        <translation>Hiển thị những điểm khác nhau giữa các cuộc kiểm tra của cùng một cơ sở: thông tin kiểm tra, câu trả lời, phát hiện, thiết bị, dịch vụ, bằng chứng. Chỉ định --passphrase-file một lần cho mọi tệp hoặc mỗi tệp một lần, theo đúng thứ tự.</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Không có khác biệt.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s):</source>
        <translation>
            <numerusform>%n khác biệt:</numerusform>
        </translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Where to write the document (replaced if it exists).</source>
        <translation>Nơi ghi văn bản (sẽ bị thay thế nếu đã tồn tại).</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>report (inspection report), notice (rectification notice) or record (on-site record); default report.</source>
        <translation>report (báo cáo kết quả kiểm tra), notice (văn bản yêu cầu khắc phục) hoặc record (biên bản kiểm tra); mặc định là report.</translation>
    </message>
    <message>
        <source>pdf or html; default pdf.</source>
        <translation>pdf hoặc html; mặc định là pdf.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The document number as printed (default: the next of its kind).</source>
        <translation>Số văn bản được in trên văn bản (mặc định: số tiếp theo của loại văn bản đó).</translation>
    </message>
    <message>
        <source>The date of issue (default: today); deadlines count from it.</source>
        <translation>Ngày ban hành (mặc định: hôm nay); các thời hạn được tính từ ngày này.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The inspecting body named at the head of the document.</source>
        <translation>Cơ quan kiểm tra được ghi ở phần đầu văn bản.</translation>
    </message>
    <message>
        <source>Where the document is issued (default: the inspection&apos;s location).</source>
        <translation>Nơi ban hành văn bản (mặc định: địa điểm của cuộc kiểm tra).</translation>
    </message>
    <message>
        <source>A representative of the inspected organisation, for the on-site record (repeatable).</source>
        <translation>Người đại diện của tổ chức được kiểm tra, ghi trong biên bản kiểm tra (có thể lặp lại).</translation>
    </message>
    <message>
        <source>Days to rectify a finding without its own deadline (default 30).</source>
        <translation>Số ngày để khắc phục một phát hiện không có thời hạn riêng (mặc định 30).</translation>
    </message>
    <message>
        <source>--lang must be zh_CN, vi or en.</source>
        <translation>--lang phải là zh_CN, vi hoặc en.</translation>
    </message>
    <message>
        <source>unknown --kind &quot;%1&quot;; use report, notice or record.</source>
        <translation>--kind &quot;%1&quot; không hợp lệ; hãy dùng report, notice hoặc record.</translation>
    </message>
    <message>
        <source>unknown --format &quot;%1&quot;; use pdf or html.</source>
        <translation>--format &quot;%1&quot; không hợp lệ; hãy dùng pdf hoặc html.</translation>
    </message>
    <message>
        <source>--out is required: where to write the document.</source>
        <translation>Cần có --out: nơi ghi văn bản.</translation>
    </message>
    <message>
        <source>--date takes a date as YYYY-MM-DD.</source>
        <translation>--date cần một ngày dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--deadline-days takes a number of days from 1 to 3650.</source>
        <translation>--deadline-days cần số ngày từ 1 đến 3650.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>Không ghi được %1: thư mục %2 không tồn tại.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>Không ghi được %1: đó là một thư mục.</translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation>Đang tạo văn bản</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2, %n page(s)), SHA-256 %3.</source>
        <translation>
            <numerusform>Đã ghi %1 (%2, %n trang), SHA-256 %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 (%2), SHA-256 %3.</source>
        <translation>Đã ghi %1 (%2), SHA-256 %3.</translation>
    </message>
    <message>
        <source>Recorded in the inspection as document %1.</source>
        <translation>Đã ghi nhận vào cuộc kiểm tra dưới dạng tài liệu %1.</translation>
    </message>
    <message>
        <source>The document was not recorded in the inspection: %1.</source>
        <translation>Văn bản chưa được ghi nhận vào cuộc kiểm tra: %1.</translation>
    </message>
    <message>
        <source>A system and its security level 1..5 (repeatable; replaces the list, &apos;&apos; empties it).</source>
        <translation>Một hệ thống và cấp độ an toàn 1..5 (có thể lặp lại; thay thế danh sách hiện có, &apos;&apos; để xóa trống danh sách).</translation>
    </message>
    <message>
        <source>A member of the inspection team, the team leader last (repeatable; replaces the list, &apos;&apos; empties it).</source>
        <translation>Một thành viên đoàn kiểm tra, trưởng đoàn ghi sau cùng (có thể lặp lại; thay thế danh sách hiện có, &apos;&apos; để xóa trống danh sách).</translation>
    </message>
    <message>
        <source>An authorised target: CIDR, HOST or HOST:PORTS (repeatable; replaces the list, &apos;&apos; empties it).</source>
        <translation>Một mục tiêu được phép: CIDR, HOST hoặc HOST:PORTS (có thể lặp lại; thay thế danh sách hiện có, &apos;&apos; để xóa trống danh sách).</translation>
    </message>
    <message>
        <source>First day on site, YYYY-MM-DD (&apos;&apos; clears it).</source>
        <translation>Ngày đầu tiên làm việc tại hiện trường, YYYY-MM-DD (&apos;&apos; để xóa).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Last day on site, YYYY-MM-DD (&apos;&apos; clears it).</source>
        <translation>Ngày cuối cùng làm việc tại hiện trường, YYYY-MM-DD (&apos;&apos; để xóa).</translation>
    </message>
    <message>
        <source>The evidence item (a document) that authorises the inspection; 0 clears it.</source>
        <translation>Bằng chứng (dạng tài liệu) là văn bản cho phép tiến hành cuộc kiểm tra; 0 để xóa.</translation>
    </message>
    <message>
        <source>EVIDENCE_ID</source>
        <translation>EVIDENCE_ID</translation>
    </message>
    <message>
        <source>Change the inspection&apos;s details: organisation, systems, team, authorised scope, location, dates and authorisation document. Recorded in the custody log.</source>
        <translation>Thay đổi thông tin của cuộc kiểm tra: tổ chức, hệ thống, đoàn kiểm tra, phạm vi được phép, địa điểm, ngày làm việc và văn bản cho phép kiểm tra. Thay đổi được ghi vào nhật ký chuỗi lưu giữ.</translation>
    </message>
    <message>
        <source>--%1 takes a date like 2024-05-31, not &quot;%2&quot;.</source>
        <translation>--%1 cần một ngày dạng 2024-05-31, không phải &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--authorisation takes an evidence id, as printed by evidence list (0 clears it).</source>
        <translation>--authorisation cần một mã bằng chứng, như evidence list đã in ra (0 để xóa).</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Updated %1: %2.</source>
        <translation>Đã cập nhật %1: %2.</translation>
    </message>
    <message>
        <source>What is wrong, in one line.</source>
        <translation>Mô tả vấn đề trong một dòng.</translation>
    </message>
    <message>
        <source>high, medium, low or info.</source>
        <translation>high, medium, low hoặc info.</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SEVERITY</translation>
    </message>
    <message>
        <source>The checklist item it concerns, e.g. INT-04 (&apos;&apos; for none).</source>
        <translation>Mục kiểm tra liên quan, ví dụ INT-04 (&apos;&apos; nếu không có).</translation>
    </message>
    <message>
        <source>The device (and port) it concerns, as devices lists it (&apos;&apos; for none).</source>
        <translation>Thiết bị (và cổng) liên quan, như devices liệt kê (&apos;&apos; nếu không có).</translation>
    </message>
    <message>
        <source>ADDR[:PORT]</source>
        <translation>ADDR[:PORT]</translation>
    </message>
    <message>
        <source>An evidence id that proves it (repeatable; replaces the list, &apos;&apos; empties it).</source>
        <translation>Mã bằng chứng chứng minh phát hiện (có thể lặp lại; thay thế danh sách hiện có, &apos;&apos; để xóa trống danh sách).</translation>
    </message>
    <message>
        <source>An evidence id that proves it (repeatable).</source>
        <translation>Mã bằng chứng chứng minh phát hiện (có thể lặp lại).</translation>
    </message>
    <message>
        <source>What was seen, and where.</source>
        <translation>Những gì đã quan sát được, và ở đâu.</translation>
    </message>
    <message>
        <source>What the operator should do about it.</source>
        <translation>Việc đơn vị vận hành cần làm để xử lý.</translation>
    </message>
    <message numerus="yes">
        <source>Rectification deadline YYYY-MM-DD (&apos;&apos; for the report&apos;s default of %n days).</source>
        <translation>
            <numerusform>Thời hạn khắc phục YYYY-MM-DD (&apos;&apos; để dùng thời hạn mặc định của báo cáo là %n ngày).</numerusform>
        </translation>
    </message>
    <message>
        <source>open, resolved or dismissed.</source>
        <translation>open, resolved hoặc dismissed.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a finding id, as printed by findings.</source>
        <translation>&quot;%1&quot; không phải mã phát hiện như findings đã in ra.</translation>
    </message>
    <message>
        <source>Record a finding by hand.</source>
        <translation>Ghi nhận thủ công một phát hiện.</translation>
    </message>
    <message>
        <source>--title and --severity are required.</source>
        <translation>Cần có --title và --severity.</translation>
    </message>
    <message>
        <source>Finding %1 added.</source>
        <translation>Đã thêm phát hiện %1.</translation>
    </message>
    <message>
        <source>The finding, as printed by findings.</source>
        <translation>Mã phát hiện, như findings đã in ra.</translation>
    </message>
    <message>
        <source>Change a finding; only the options given change.</source>
        <translation>Thay đổi một phát hiện; chỉ những tùy chọn được chỉ định mới được thay đổi.</translation>
    </message>
    <message>
        <source>Finding %1 updated.</source>
        <translation>Đã cập nhật phát hiện %1.</translation>
    </message>
    <message>
        <source>The finding that stays.</source>
        <translation>Phát hiện được giữ lại.</translation>
    </message>
    <message>
        <source>Duplicates merged into it (kept, with status merged).</source>
        <translation>Các phát hiện trùng lặp được gộp vào phát hiện này (vẫn được giữ lại, với trạng thái merged).</translation>
    </message>
    <message>
        <source>Merge duplicate findings into one: it keeps the union of their evidence and details; the others stay, marked merged.</source>
        <translation>Gộp các phát hiện trùng lặp thành một: phát hiện được giữ lại có toàn bộ bằng chứng và chi tiết của các phát hiện kia; các phát hiện kia vẫn còn, được đánh dấu merged.</translation>
    </message>
    <message>
        <source>Merged %1 into finding %2.</source>
        <translation>Đã gộp %1 vào phát hiện %2.</translation>
    </message>
    <message>
        <source>A checklist item answered non-compliant or partial.</source>
        <translation>Một mục kiểm tra có câu trả lời không đạt hoặc đạt một phần.</translation>
    </message>
    <message>
        <source>Record a finding from a non-compliant or partial answer: the item&apos;s text (in --lang) as title, its severity, its remediation as recommendation, the answer&apos;s evidence.</source>
        <translation>Ghi nhận một phát hiện từ câu trả lời không đạt hoặc đạt một phần: nội dung của mục (theo --lang) làm tiêu đề, mức độ nghiêm trọng của mục, biện pháp khắc phục của mục làm khuyến nghị, và bằng chứng của câu trả lời.</translation>
    </message>
    <message>
        <source>Finding %1 added from the answer to %2.</source>
        <translation>Đã thêm phát hiện %1 từ câu trả lời cho %2.</translation>
    </message>
    <message>
        <source>Usage: auditbench-cli finding add|edit|merge|from-answer FILE ...
  add FILE --title T --severity high|medium|low|info [--item ID] [--asset ADDR[:PORT]] [--evidence ID]...
      [--detail T] [--recommendation T] [--deadline DATE] [--json]
  edit FILE ID [the same options] [--status open|resolved|dismissed] [--json]
  merge FILE KEEP_ID ID... [--json]
  from-answer FILE ITEM_ID [--json]
</source>
        <translation>Cách dùng: auditbench-cli finding add|edit|merge|from-answer FILE ...
  add FILE --title T --severity high|medium|low|info [--item ID] [--asset ADDR[:PORT]] [--evidence ID]...
      [--detail T] [--recommendation T] [--deadline DATE] [--json]
  edit FILE ID [các tùy chọn như trên] [--status open|resolved|dismissed] [--json]
  merge FILE KEEP_ID ID... [--json]
  from-answer FILE ITEM_ID [--json]
</translation>
    </message>
    <message>
        <source>auditbench-cli finding: use add, edit, merge or from-answer (see auditbench-cli finding --help).</source>
        <translation>auditbench-cli finding: hãy dùng add, edit, merge hoặc from-answer (xem auditbench-cli finding --help).</translation>
    </message>
    <message>
        <source>What is still missing before a report can be issued: unanswered items, findings without evidence, the authorisation document. Exit 1 while anything is missing.</source>
        <translation>Những gì còn thiếu trước khi có thể ban hành báo cáo: các mục chưa trả lời, phát hiện chưa có bằng chứng, văn bản cho phép kiểm tra. Trả về mã thoát 1 khi vẫn còn thiếu.</translation>
    </message>
    <message>
        <source>Ready: every applicable item is answered, every finding has evidence, the authorisation is recorded.</source>
        <translation>Sẵn sàng: mọi mục kiểm tra áp dụng đã được trả lời, mọi phát hiện đều có bằng chứng, văn bản cho phép kiểm tra đã được ghi nhận.</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>được tin cậy</translation>
    </message>
    <message>
        <source>untrusted (self-signed)</source>
        <translation>không được tin cậy (tự ký)</translation>
    </message>
    <message>
        <source>untrusted (issuer unknown to this computer)</source>
        <translation>không được tin cậy (máy tính này không biết tổ chức cấp)</translation>
    </message>
    <message>
        <source>untrusted (the certificate chain does not verify)</source>
        <translation>không được tin cậy (chuỗi chứng thư số không xác minh được)</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>không rõ thời điểm</translation>
    </message>
    <message>
        <source>Signature %1 (%2): %3</source>
        <translation>Chữ ký %1 (%2): %3</translation>
    </message>
    <message>
        <source>  Signed by:    %1</source>
        <translation>  Người ký:     %1</translation>
    </message>
    <message>
        <source>  Signed at:    %1</source>
        <translation>  Thời điểm ký: %1</translation>
    </message>
    <message>
        <source>  Certificate:  %1; valid %2 to %3%4</source>
        <translation>  Chứng thư số: %1; hiệu lực từ %2 đến %3%4</translation>
    </message>
    <message>
        <source>  Fingerprint:  SHA-256 %1</source>
        <translation>  Dấu vân tay:  SHA-256 %1</translation>
    </message>
    <message>
        <source>  Covers:       %1</source>
        <translation>  Phạm vi ký:   %1</translation>
    </message>
    <message>
        <source>the whole file</source>
        <translation>toàn bộ tệp</translation>
    </message>
    <message numerus="yes">
        <source>the first %n byte(s)</source>
        <translation>
            <numerusform>%n byte đầu tiên</numerusform>
        </translation>
    </message>
    <message>
        <source>  Problem:      %1</source>
        <translation>  Vấn đề:       %1</translation>
    </message>
    <message>
        <source>  Changed after this signature: %1</source>
        <translation>  Bị thay đổi sau chữ ký này: %1</translation>
    </message>
    <message>
        <source>The signed report.</source>
        <translation>Báo cáo đã ký.</translation>
    </message>
    <message>
        <source>Also check the report&apos;s manifest against this inspection file.</source>
        <translation>Đối chiếu thêm bản kê khai của báo cáo với tệp kiểm tra này.</translation>
    </message>
    <message>
        <source>Trust this CA certificate (PEM or DER) besides the system&apos;s; may be repeated.</source>
        <translation>Tin cậy chứng thư số CA này (PEM hoặc DER) bên cạnh các chứng thư số của hệ thống; có thể lặp lại.</translation>
    </message>
    <message>
        <source>Check every signature of a report: intact, covering the whole file, nothing but signatures added after each, and the signer&apos;s certificate.</source>
        <translation>Kiểm tra mọi chữ ký của báo cáo: còn nguyên vẹn, bao quát toàn bộ tệp, sau mỗi chữ ký không có gì được thêm ngoài các chữ ký, và chứng thư số của người ký.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Vấn đề: %1</translation>
    </message>
    <message>
        <source>Inspection:   %1</source>
        <translation>Kiểm tra:     %1</translation>
    </message>
    <message numerus="yes">
        <source>Inspection:   matches %1 (same inspection, chain head and %n evidence item(s)).</source>
        <translation>
            <numerusform>Kiểm tra:     khớp với %1 (cùng cuộc kiểm tra, đầu chuỗi và %n bằng chứng).</numerusform>
        </translation>
    </message>
    <message>
        <source>OK: every signature is valid and the last one covers the whole file.</source>
        <translation>ĐẠT: mọi chữ ký đều hợp lệ và chữ ký cuối cùng bao quát toàn bộ tệp.</translation>
    </message>
    <message>
        <source>NOT OK: the report cannot be relied on as signed; see the problems above.</source>
        <translation>KHÔNG ĐẠT: không thể coi báo cáo là văn bản đã ký đáng tin cậy; xem các vấn đề nêu trên.</translation>
    </message>
    <message>
        <source>The report to sign (prepared by report, or any PDF).</source>
        <translation>Báo cáo cần ký (do report tạo ra, hoặc bất kỳ tệp PDF nào).</translation>
    </message>
    <message>
        <source>Where to write the signed report; may be IN.pdf itself.</source>
        <translation>Nơi ghi báo cáo đã ký; có thể chính là IN.pdf.</translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation>OUT.pdf</translation>
    </message>
    <message>
        <source>Why you sign (shown in the signature).</source>
        <translation>Lý do ký (hiển thị trong chữ ký).</translation>
    </message>
    <message>
        <source>Where you sign.</source>
        <translation>Nơi ký.</translation>
    </message>
    <message>
        <source>The signer&apos;s name to show, instead of the certificate&apos;s.</source>
        <translation>Tên người ký được hiển thị, thay cho tên trong chứng thư số.</translation>
    </message>
    <message>
        <source>The organisation to show, instead of the certificate&apos;s.</source>
        <translation>Tổ chức được hiển thị, thay cho tổ chức trong chứng thư số.</translation>
    </message>
    <message>
        <source>Add one more signature to a report: the next empty signature field, or an invisible one.</source>
        <translation>Thêm một chữ ký vào báo cáo: vào ô chữ ký trống tiếp theo, hoặc một chữ ký ẩn.</translation>
    </message>
    <message>
        <source>--out OUT.pdf is needed (it may be the input file).</source>
        <translation>Cần có --out OUT.pdf (có thể là chính tệp đầu vào).</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 không tồn tại.</translation>
    </message>
    <message>
        <source>Signed %1 as %2 (%3 signature in field %4, %5 added).</source>
        <translation>Đã ký %1 với tư cách %2 (chữ ký %3 trong ô %4, đã thêm %5).</translation>
    </message>
    <message>
        <source>visible</source>
        <translation>hiển thị</translation>
    </message>
    <message>
        <source>invisible</source>
        <translation>ẩn</translation>
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
        <translation>auditbench-cli — làm việc với tệp kiểm tra AuditBench từ dòng lệnh.

Cách dùng: auditbench-cli COMMAND FILE [tùy chọn]   (COMMAND --help để xem chi tiết)

Các lệnh:
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
  finding edit FILE ID [các tùy chọn như trên] [--status open|resolved|dismissed] [--json]
  finding merge FILE KEEP_ID ID... [--json]
  finding from-answer FILE ITEM_ID [--json]
  readiness FILE [--json]
  sign-report IN.pdf --out OUT.pdf (--sign KEY.p12 [--key-passphrase-file F] | --pkcs11 URI [--pkcs11-module PATH]
        [--pin-file F]) [--reason TEXT] [--location TEXT] [--lang zh_CN|vi|en]
  verify-report OUT.pdf [--json] [--inspection FILE] [--trust CERT]...

Cụm mật khẩu được lấy từ AUDITBENCH_PASSPHRASE hoặc --passphrase-file FILE, không bao giờ từ tham số dòng lệnh;
cụm mật khẩu của tệp khóa lấy từ AUDITBENCH_KEY_PASSPHRASE hoặc --key-passphrase-file F, mã PIN của token lấy từ AUDITBENCH_PIN hoặc --pin-file F.
Mã thoát: 0 thành công, 1 tìm thấy vấn đề, 2 lỗi cách dùng, 3 dữ liệu đầu vào sai hoặc sai cụm mật khẩu, 4 lỗi vào/ra.
</translation>
    </message>
    <message>
        <source>nothing changed since sealing</source>
        <translation>không có thay đổi nào kể từ khi niêm phong</translation>
    </message>
    <message numerus="yes">
        <source>BROKEN: %n change(s) since sealing</source>
        <translation>
            <numerusform>BỊ PHÁ VỠ: %n thay đổi kể từ khi niêm phong</numerusform>
        </translation>
    </message>
    <message>
        <source> (expired by now, which is normal for an older report)</source>
        <translation> (nay đã hết hạn, điều bình thường với báo cáo cũ)</translation>
    </message>
    <message>
        <source>Left out as outside the authorised scope: %1 host(s), %2 port(s) (they stay in the XML evidence).</source>
        <translation>Không nhập vì nằm ngoài phạm vi được phép: %1 máy chủ, %2 cổng (vẫn còn trong bằng chứng XML).</translation>
    </message>
    <message>
        <source>Render a document of the inspection (PDF or HTML) and record it in the inspection; with --sign or --pkcs11, prepared and signed into its first signature field.</source>
        <translation>Kết xuất một văn bản của cuộc kiểm tra (PDF hoặc HTML) và ghi nhận văn bản đó vào cuộc kiểm tra; khi dùng --sign hoặc --pkcs11, văn bản được chuẩn bị và ký số vào trường chữ ký đầu tiên.</translation>
    </message>
    <message>
        <source>Only a PDF can be signed: leave out --format html, or --sign and --pkcs11.</source>
        <translation>Chỉ có thể ký tệp PDF: hãy bỏ --format html, hoặc bỏ --sign và --pkcs11.</translation>
    </message>
    <message>
        <source>Signed by %1 in field %2 at %3 (certificate SHA-256 %4).</source>
        <translation>Đã được %1 ký vào trường %2 lúc %3 (SHA-256 của chứng thư số: %4).</translation>
    </message>
</context>
<context>
    <name>ab::crypto::CertificateInfo</name>
    <message>
        <source>Cannot read the certificate %1: %2.</source>
        <translation>Không đọc được chứng thư số %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a certificate (PEM or DER).</source>
        <translation>%1 không phải là chứng thư số (PEM hoặc DER).</translation>
    </message>
</context>
<context>
    <name>ab::crypto::CmsSigner</name>
    <message>
        <source>The %1 refused to sign; check that the token is still inserted and unlocked, then try again.</source>
        <translation>%1 đã từ chối ký; hãy kiểm tra token vẫn đang được cắm và đã mở khóa, rồi thử lại.</translation>
    </message>
    <message>
        <source>Signing with the key from %1 failed; the key may be damaged or of a kind that cannot sign.</source>
        <translation>Ký bằng khóa từ %1 thất bại; khóa có thể bị hỏng hoặc thuộc loại không dùng để ký được.</translation>
    </message>
</context>
<context>
    <name>ab::crypto::CmsVerifier</name>
    <message>
        <source>The signing-certificate attribute does not name the certificate that signed; the signature may have been moved to another certificate.</source>
        <translation>Thuộc tính signing-certificate không chỉ đến chứng thư số đã dùng để ký; chữ ký có thể đã bị chuyển sang một chứng thư số khác.</translation>
    </message>
    <message>
        <source>The certificate chains to a trusted certificate authority.</source>
        <translation>Chứng thư số có chuỗi chứng thực dẫn tới một tổ chức chứng thực (CA) được tin cậy.</translation>
    </message>
    <message>
        <source>The certificate is self-signed: nobody else vouches for it; compare its SHA-256 fingerprint with the signer&apos;s.</source>
        <translation>Chứng thư số tự ký: không có bên nào khác bảo đảm cho nó; hãy so sánh dấu vân tay SHA-256 của nó với dấu vân tay do người ký cung cấp.</translation>
    </message>
    <message>
        <source>The certificate was issued by an authority this computer does not trust; add the authority&apos;s certificate with --trust FILE to check it.</source>
        <translation>Chứng thư số được cấp bởi một tổ chức chứng thực mà máy tính này không tin cậy; hãy thêm chứng thư số của tổ chức đó bằng --trust FILE để kiểm tra.</translation>
    </message>
    <message>
        <source>A certificate of the issuing authority was not valid when the document was signed.</source>
        <translation>Một chứng thư số của tổ chức chứng thực cấp phát không có hiệu lực tại thời điểm tài liệu được ký.</translation>
    </message>
    <message>
        <source>The certificate chain does not verify (a certificate in it is damaged or misused).</source>
        <translation>Chuỗi chứng thư số không xác minh được (một chứng thư số trong chuỗi bị hỏng hoặc bị dùng sai mục đích).</translation>
    </message>
    <message>
        <source>The signature value is not a CMS signature; it cannot be checked.</source>
        <translation>Giá trị chữ ký không phải chữ ký CMS; không thể kiểm tra.</translation>
    </message>
    <message>
        <source>The signature holds %1 signers instead of one; it cannot be checked.</source>
        <translation>Chữ ký chứa %1 người ký thay vì một; không thể kiểm tra.</translation>
    </message>
    <message>
        <source>The signature carries its own content instead of signing the document&apos;s bytes.</source>
        <translation>Chữ ký mang nội dung riêng thay vì ký lên các byte của tài liệu.</translation>
    </message>
    <message>
        <source>The signature uses a digest algorithm this version does not know.</source>
        <translation>Chữ ký dùng thuật toán băm mà phiên bản này không nhận biết.</translation>
    </message>
    <message>
        <source>The signature uses %1, which is too weak to be trusted any more.</source>
        <translation>Chữ ký dùng %1, thuật toán này quá yếu để còn được tin cậy.</translation>
    </message>
    <message>
        <source>The digest could not be computed (out of memory).</source>
        <translation>Không tính được giá trị băm (hết bộ nhớ).</translation>
    </message>
    <message>
        <source>The signature has no signed message digest; it cannot be tied to the document.</source>
        <translation>Chữ ký không có giá trị băm thông điệp được ký; không thể gắn chữ ký với tài liệu.</translation>
    </message>
    <message>
        <source>The signed bytes have changed since they were signed (their digest no longer matches).</source>
        <translation>Các byte được ký đã thay đổi kể từ khi ký (giá trị băm không còn khớp).</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not included in the signature, so it cannot be checked.</source>
        <translation>Chứng thư số của người ký không có trong chữ ký nên không thể kiểm tra.</translation>
    </message>
    <message>
        <source>The signature has no signed attributes; this kind of signature is not supported.</source>
        <translation>Chữ ký không có thuộc tính được ký (signed attributes); loại chữ ký này không được hỗ trợ.</translation>
    </message>
    <message>
        <source>The signature value does not match: it was not made with this certificate&apos;s key, or it was altered.</source>
        <translation>Giá trị chữ ký không khớp: chữ ký không được tạo bằng khóa của chứng thư số này, hoặc đã bị sửa đổi.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate had expired (%1) when the document was signed (%2).</source>
        <translation>Chứng thư số của người ký đã hết hạn (%1) tại thời điểm tài liệu được ký (%2).</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was not yet valid (from %1) when the document was signed (%2).</source>
        <translation>Chứng thư số của người ký chưa có hiệu lực (hiệu lực từ %1) tại thời điểm tài liệu được ký (%2).</translation>
    </message>
</context>
<context>
    <name>ab::crypto::ContentStream</name>
    <message>
        <source>Reading was stopped.</source>
        <translation>Đã dừng đọc.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1.</source>
        <translation>Không đọc được tệp: %1.</translation>
    </message>
    <message>
        <source>The file ended or could not be read before the signed bytes did.</source>
        <translation>Tệp đã kết thúc hoặc không đọc được trước khi hết phần byte được ký.</translation>
    </message>
</context>
<context>
    <name>ab::crypto::Pkcs11</name>
    <message>
        <source>&quot;%1&quot; is not a PKCS#11 URI; it must start with pkcs11: (for example pkcs11:token=MyToken;object=MyKey).</source>
        <translation>&quot;%1&quot; không phải URI PKCS#11; URI phải bắt đầu bằng pkcs11: (ví dụ pkcs11:token=MyToken;object=MyKey).</translation>
    </message>
    <message>
        <source>The PKCS#11 URI must not carry the PIN (it would be visible to other users); give it with --pin-file FILE or AUDITBENCH_PIN instead.</source>
        <translation>URI PKCS#11 không được chứa mã PIN (người dùng khác có thể nhìn thấy); thay vào đó, hãy cung cấp mã PIN bằng --pin-file FILE hoặc AUDITBENCH_PIN.</translation>
    </message>
    <message>
        <source>The PKCS#11 URI &quot;%1&quot; names no key: add object=LABEL or id=ID (p11tool --list-privkeys --login shows them).</source>
        <translation>URI PKCS#11 &quot;%1&quot; không chỉ định khóa nào: hãy thêm object=LABEL hoặc id=ID (lệnh p11tool --list-privkeys --login sẽ liệt kê chúng).</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 does not exist; give the token&apos;s module with --pkcs11-module PATH (p11-kit-proxy needs the package p11-kit).</source>
        <translation>Mô-đun PKCS#11 %1 không tồn tại; hãy chỉ định mô-đun của token bằng --pkcs11-module PATH (p11-kit-proxy cần gói p11-kit).</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#11 module (not a shared library); give the token&apos;s module with --pkcs11-module PATH.</source>
        <translation>%1 không phải mô-đun PKCS#11 (không phải thư viện dùng chung); hãy chỉ định mô-đun của token bằng --pkcs11-module PATH.</translation>
    </message>
    <message>
        <source>No PIN for the token: use --pin-file FILE or AUDITBENCH_PIN.</source>
        <translation>Không có mã PIN của token: hãy dùng --pin-file FILE hoặc AUDITBENCH_PIN.</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 is already in use by this program; start it again to use %2 instead.</source>
        <translation>Mô-đun PKCS#11 %1 đang được chương trình này sử dụng; hãy khởi động lại chương trình để dùng %2.</translation>
    </message>
    <message>
        <source>The PIN for token &quot;%1&quot; is wrong; check it and try again (tokens lock after a few wrong tries).</source>
        <translation>Mã PIN của token &quot;%1&quot; không đúng; hãy kiểm tra và thử lại (token sẽ bị khóa sau một vài lần nhập sai).</translation>
    </message>
    <message>
        <source>PKCS#11 token support is missing: install the package libengine-pkcs11-openssl.</source>
        <translation>Thiếu hỗ trợ token PKCS#11: hãy cài đặt gói libengine-pkcs11-openssl.</translation>
    </message>
    <message>
        <source>PKCS#11 token support could not be started; reinstall libengine-pkcs11-openssl.</source>
        <translation>Không khởi động được hỗ trợ token PKCS#11; hãy cài đặt lại libengine-pkcs11-openssl.</translation>
    </message>
    <message>
        <source>The PKCS#11 module path %1 was refused.</source>
        <translation>Đường dẫn mô-đun PKCS#11 %1 bị từ chối.</translation>
    </message>
    <message>
        <source>The PKCS#11 engine refused the PIN; it may be too long.</source>
        <translation>Engine PKCS#11 đã từ chối mã PIN; mã PIN có thể quá dài.</translation>
    </message>
    <message>
        <source>The PIN of token &quot;%1&quot; is locked after too many wrong tries; unlock it with the token&apos;s security officer PIN.</source>
        <translation>Mã PIN của token &quot;%1&quot; đã bị khóa do nhập sai quá nhiều lần; hãy mở khóa bằng mã PIN của nhân viên an ninh (SO PIN) của token.</translation>
    </message>
    <message>
        <source>The PIN of token &quot;%1&quot; has expired; change it with the token&apos;s tools first.</source>
        <translation>Mã PIN của token &quot;%1&quot; đã hết hạn; hãy đổi mã PIN bằng công cụ của token trước.</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; is not present; insert it and try again.</source>
        <translation>Không tìm thấy token &quot;%1&quot;; hãy cắm token vào và thử lại.</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 could not be loaded; check that it is the module of your token.</source>
        <translation>Không tải được mô-đun PKCS#11 %1; hãy kiểm tra đó có đúng là mô-đun của token bạn đang dùng không.</translation>
    </message>
    <message>
        <source>No private key matching %1 was found (or the PIN was refused); check the token label and the object name or id, e.g. with p11tool --list-all --login.</source>
        <translation>Không tìm thấy khóa bí mật nào khớp với %1 (hoặc mã PIN bị từ chối); hãy kiểm tra nhãn token và tên hoặc id của đối tượng, ví dụ bằng p11tool --list-all --login.</translation>
    </message>
</context>
<context>
    <name>ab::crypto::SigningKey</name>
    <message>
        <source>Cannot read the %1 %2: %3.</source>
        <translation>Không đọc được %1 %2: %3.</translation>
    </message>
    <message>
        <source>%1 is too large to be a %2.</source>
        <translation>%1 quá lớn, không thể là %2.</translation>
    </message>
    <message>
        <source>The certificate in %1 does not belong to its private key; export the key together with its own certificate.</source>
        <translation>Chứng thư số trong %1 không thuộc về khóa bí mật của tệp; hãy xuất khóa cùng với chứng thư số của chính khóa đó.</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>tệp khóa</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#12 key file (.p12 or .pfx); export the signing key and its certificate to one.</source>
        <translation>%1 không phải tệp khóa PKCS#12 (.p12 hoặc .pfx); hãy xuất khóa ký và chứng thư số của khóa vào một tệp như vậy.</translation>
    </message>
    <message>
        <source>The passphrase for the key file %1 is wrong; check it and try again.</source>
        <translation>Cụm mật khẩu của tệp khóa %1 không đúng; hãy kiểm tra và thử lại.</translation>
    </message>
    <message>
        <source>The key file %1 could not be decrypted: it uses an encryption this version cannot read; export it again with AES (openssl pkcs12 -export does by default).</source>
        <translation>Không giải mã được tệp khóa %1: tệp dùng kiểu mã hóa mà phiên bản này không đọc được; hãy xuất lại tệp với AES (openssl pkcs12 -export mặc định dùng AES).</translation>
    </message>
    <message>
        <source>The key file %1 holds no private key; export the key together with its certificate.</source>
        <translation>Tệp khóa %1 không chứa khóa bí mật; hãy xuất khóa cùng với chứng thư số của khóa.</translation>
    </message>
    <message>
        <source>The key file %1 holds no certificate for its key; export the key together with its certificate.</source>
        <translation>Tệp khóa %1 không chứa chứng thư số cho khóa của tệp; hãy xuất khóa cùng với chứng thư số của khóa.</translation>
    </message>
    <message>
        <source>certificate file</source>
        <translation>tệp chứng thư số</translation>
    </message>
    <message>
        <source>%1 is not a certificate (PEM or DER).</source>
        <translation>%1 không phải chứng thư số (PEM hoặc DER).</translation>
    </message>
    <message>
        <source>token &quot;%1&quot;</source>
        <translation>token &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The %1 holds no certificate for this key; store it on the token with the same id or label, or give it with --pkcs11-cert FILE.</source>
        <translation>%1 không chứa chứng thư số cho khóa này; hãy lưu chứng thư số lên token với cùng id hoặc nhãn, hoặc chỉ định bằng --pkcs11-cert FILE.</translation>
    </message>
    <message>
        <source>The certificate of %1 in %2 expired on %3; renew it before signing.</source>
        <translation>Chứng thư số của %1 trong %2 đã hết hạn vào %3; hãy gia hạn trước khi ký.</translation>
    </message>
    <message>
        <source>The certificate of %1 in %2 is not valid before %3; check the computer&apos;s clock.</source>
        <translation>Chứng thư số của %1 trong %2 chưa có hiệu lực trước %3; hãy kiểm tra đồng hồ của máy tính.</translation>
    </message>
    <message>
        <source>The certificate of %1 in %2 is not meant for digital signatures (its key usage forbids it); use a signing certificate.</source>
        <translation>Chứng thư số của %1 trong %2 không dùng cho chữ ký số (mục đích sử dụng khóa không cho phép); hãy dùng chứng thư số dành cho ký số.</translation>
    </message>
</context>
<context>
    <name>ab::findings::FindingService</name>
    <message>
        <source>This inspection file is of an older format opened read-only; it has no findings yet.</source>
        <translation>Tệp kiểm tra này có định dạng cũ và đang mở ở chế độ chỉ đọc; tệp chưa có phát hiện nào.</translation>
    </message>
    <message>
        <source>Severity &quot;%1&quot; is not one of high, medium, low, info.</source>
        <translation>Mức độ nghiêm trọng &quot;%1&quot; không phải là một trong high, medium, low, info.</translation>
    </message>
    <message>
        <source>There is no evidence item %1 in this inspection.</source>
        <translation>Cuộc kiểm tra này không có bằng chứng số %1.</translation>
    </message>
    <message>
        <source>The checklist has no item &quot;%1&quot;.</source>
        <translation>Danh mục kiểm tra không có mục &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The deadline &quot;%1&quot; is not a date like 2024-06-30.</source>
        <translation>Thời hạn &quot;%1&quot; không phải ngày hợp lệ (ví dụ 2024-06-30).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not ADDRESS or ADDRESS:PORT (a port from 1 to 65535).</source>
        <translation>&quot;%1&quot; không có dạng ADDRESS hoặc ADDRESS:PORT (cổng từ 1 đến 65535).</translation>
    </message>
    <message>
        <source>No device %1 is known in this inspection; probe it or import an nmap scan first, or leave the device out.</source>
        <translation>Cuộc kiểm tra này không có thiết bị %1; hãy thăm dò thiết bị hoặc nhập kết quả quét nmap trước, hoặc bỏ trống thiết bị.</translation>
    </message>
    <message>
        <source>A finding needs a title.</source>
        <translation>Phát hiện cần có tiêu đề.</translation>
    </message>
    <message>
        <source>A new finding is open, resolved or dismissed, not &quot;%1&quot;.</source>
        <translation>Phát hiện mới phải ở trạng thái open, resolved hoặc dismissed, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A port needs the device it belongs to.</source>
        <translation>Cổng cần đi kèm thiết bị mà nó thuộc về.</translation>
    </message>
    <message>
        <source>A finding becomes merged only by merging it into another one.</source>
        <translation>Phát hiện chỉ chuyển sang trạng thái merged khi được gộp vào một phát hiện khác.</translation>
    </message>
    <message>
        <source>Status &quot;%1&quot; is not one of open, resolved, dismissed.</source>
        <translation>Trạng thái &quot;%1&quot; không phải là một trong open, resolved, dismissed.</translation>
    </message>
    <message>
        <source>Finding %1 cannot be merged into itself.</source>
        <translation>Không thể gộp phát hiện %1 vào chính nó.</translation>
    </message>
    <message>
        <source>Name at least one finding to merge into finding %1.</source>
        <translation>Hãy chỉ định ít nhất một phát hiện để gộp vào phát hiện %1.</translation>
    </message>
    <message>
        <source>Finding %1 was itself merged into finding %2; merge into that one.</source>
        <translation>Phát hiện %1 đã được gộp vào phát hiện %2; hãy gộp vào phát hiện đó.</translation>
    </message>
    <message>
        <source>Finding %1 was already merged into finding %2.</source>
        <translation>Phát hiện %1 đã được gộp vào phát hiện %2 từ trước.</translation>
    </message>
    <message>
        <source>%1 is not answered yet; answer it before recording a finding from it.</source>
        <translation>%1 chưa được trả lời; hãy trả lời trước khi ghi nhận phát hiện từ mục này.</translation>
    </message>
    <message>
        <source>The answer to %1 is not non-compliant or partial; a finding comes from an answer that falls short.</source>
        <translation>Câu trả lời cho %1 không phải không đạt hay đạt một phần; phát hiện chỉ được tạo từ câu trả lời chưa đạt yêu cầu.</translation>
    </message>
    <message>
        <source>Finding %1 already records the answer to %2; edit that one instead.</source>
        <translation>Phát hiện %1 đã ghi nhận câu trả lời cho %2; hãy sửa phát hiện đó.</translation>
    </message>
</context>
<context>
    <name>ab::findings::Readiness</name>
    <message>
        <source>No authorisation document: record the order that authorises the inspection (Setup).</source>
        <translation>Chưa có văn bản cho phép kiểm tra: hãy ghi nhận quyết định cho phép tiến hành cuộc kiểm tra (Thiết lập).</translation>
    </message>
    <message>
        <source>Nobody is named in the inspection team: the report needs a team leader to sign it (Setup).</source>
        <translation>Đoàn kiểm tra chưa có thành viên nào: báo cáo cần có trưởng đoàn ký (Thiết lập).</translation>
    </message>
    <message>
        <source>%1 is not answered: %2</source>
        <translation>%1 chưa được trả lời: %2</translation>
    </message>
    <message>
        <source>Finding %1 has no evidence that proves it.</source>
        <translation>Phát hiện %1 chưa có bằng chứng chứng minh.</translation>
    </message>
    <message numerus="yes">
        <source>%n more finding(s) without evidence.</source>
        <translation>
            <numerusform>Còn %n phát hiện khác chưa có bằng chứng.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::probe::Conn</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no answer in time.</source>
        <translation>%1: không phản hồi kịp thời.</translation>
    </message>
    <message>
        <source>Probing was stopped.</source>
        <translation>Đã dừng thăm dò.</translation>
    </message>
    <message>
        <source>%1 is outside the inspection&apos;s authorised scope; nothing was sent.</source>
        <translation>%1 nằm ngoài phạm vi được phép của cuộc kiểm tra; không có gì được gửi đi.</translation>
    </message>
    <message>
        <source>%1 is not an IP address.</source>
        <translation>%1 không phải là địa chỉ IP.</translation>
    </message>
    <message>
        <source>%1: the reply exceeds %2 bytes; cut.</source>
        <translation>%1: phản hồi vượt quá %2 byte; đã cắt bớt.</translation>
    </message>
    <message>
        <source>the device closed the connection</source>
        <translation>thiết bị đã đóng kết nối</translation>
    </message>
</context>
<context>
    <name>ab::probe::CredentialList</name>
    <message>
        <source>%1: credential list larger than 4 MiB.</source>
        <translation>%1: danh sách thông tin đăng nhập lớn hơn 4 MiB.</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2).</source>
        <translation>%1: không phải đối tượng JSON (%2).</translation>
    </message>
    <message>
        <source>%1: &quot;format&quot; must be &quot;auditbench-credentials&quot;.</source>
        <translation>%1: &quot;format&quot; phải là &quot;auditbench-credentials&quot;.</translation>
    </message>
    <message>
        <source>%1: unsupported credential list version.</source>
        <translation>%1: phiên bản danh sách thông tin đăng nhập không được hỗ trợ.</translation>
    </message>
    <message>
        <source>%1: &quot;entries&quot; must be an array.</source>
        <translation>%1: &quot;entries&quot; phải là một mảng.</translation>
    </message>
    <message>
        <source>%1: entry %2 needs &quot;services&quot; (non-empty array), &quot;user&quot; and &quot;password&quot; (strings).</source>
        <translation>%1: mục %2 cần có &quot;services&quot; (mảng không rỗng), &quot;user&quot; và &quot;password&quot; (chuỗi).</translation>
    </message>
    <message>
        <source>Cannot read the built-in credential list %1.</source>
        <translation>Không đọc được danh sách thông tin đăng nhập có sẵn %1.</translation>
    </message>
    <message>
        <source>Cannot read the credential list %1.</source>
        <translation>Không đọc được danh sách thông tin đăng nhập %1.</translation>
    </message>
</context>
<context>
    <name>ab::probe::NmapImport</name>
    <message>
        <source>The inspection is open read-only; nothing can be imported.</source>
        <translation>Cuộc kiểm tra đang mở ở chế độ chỉ đọc; không thể nhập gì.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Không đọc được %1: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; split the scan.</source>
        <translation>%1 lớn hơn %2 MiB; hãy chia nhỏ lượt quét.</translation>
    </message>
    <message>
        <source>%1 is not usable nmap XML: %2</source>
        <translation>%1 không phải XML nmap dùng được: %2</translation>
    </message>
    <message>
        <source>nmap %1 output imported (run %2): %3</source>
        <translation>Đã nhập kết quả nmap %1 (lượt %2): %3</translation>
    </message>
    <message>
        <source>fingerprint rules</source>
        <translation>quy tắc nhận dạng</translation>
    </message>
</context>
<context>
    <name>ab::probe::ProbeRecorder</name>
    <message>
        <source>Probe run %1: %2 exchange with %3.</source>
        <translation>Lượt thăm dò %1: trao đổi %2 với %3.</translation>
    </message>
    <message>
        <source>Probe run %1 checked %2 and found nothing.</source>
        <translation>Lượt thăm dò %1 đã kiểm tra %2 và không phát hiện gì.</translation>
    </message>
    <message numerus="yes">
        <source>Probe run %1: %n finding(s): %2</source>
        <translation>
            <numerusform>Lượt thăm dò %1: %n phát hiện: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::probe::ProbeRunner</name>
    <message>
        <source>%1 is outside the inspection&apos;s authorised scope; nothing was sent.</source>
        <translation>%1 nằm ngoài phạm vi được phép của cuộc kiểm tra; không có gì được gửi đi.</translation>
    </message>
    <message>
        <source>The inspection has no authorised scope: nothing may be probed. Add the scope first.</source>
        <translation>Cuộc kiểm tra chưa có phạm vi được phép: không được thăm dò gì. Hãy thêm phạm vi trước.</translation>
    </message>
    <message>
        <source>The target name %1 does not resolve.</source>
        <translation>Không phân giải được tên mục tiêu %1.</translation>
    </message>
    <message>
        <source>The inspection is open read-only; it cannot be probed.</source>
        <translation>Cuộc kiểm tra đang mở ở chế độ chỉ đọc; không thể thăm dò.</translation>
    </message>
    <message>
        <source>%1 addresses in one run are too many; narrow the targets (at most %2).</source>
        <translation>%1 địa chỉ trong một lượt là quá nhiều; hãy thu hẹp mục tiêu (tối đa %2).</translation>
    </message>
    <message>
        <source>Multicast discovery (WS-Discovery and SSDP) is UDP: it cannot run with UDP probing turned off.</source>
        <translation>Dò tìm multicast (WS-Discovery và SSDP) dùng UDP: không thể chạy khi thăm dò UDP đã bị tắt.</translation>
    </message>
    <message>
        <source>Multicast discovery sends to %1, which the inspection&apos;s authorised scope does not name; nothing was sent. Add %1 to the scope to allow it, or probe without multicast.</source>
        <translation>Dò tìm multicast gửi tới %1, nhưng phạm vi được phép của cuộc kiểm tra không bao gồm địa chỉ này; không có gì được gửi đi. Hãy thêm %1 vào phạm vi để cho phép, hoặc thăm dò không dùng multicast.</translation>
    </message>
    <message>
        <source>The scope names %1, but multicast discovery runs only when asked for (--multicast, or the Multicast discovery box).</source>
        <translation>Phạm vi có %1, nhưng dò tìm multicast chỉ chạy khi được yêu cầu (--multicast, hoặc ô Dò tìm multicast).</translation>
    </message>
    <message>
        <source>Not asked for.</source>
        <translation>Không được yêu cầu.</translation>
    </message>
    <message>
        <source>credential lists</source>
        <translation>danh sách thông tin đăng nhập</translation>
    </message>
    <message>
        <source>fingerprint rules</source>
        <translation>quy tắc nhận dạng</translation>
    </message>
    <message>
        <source>The probe run was not prepared.</source>
        <translation>Lượt thăm dò chưa được chuẩn bị.</translation>
    </message>
    <message>
        <source>The folder of %1 %2 does not exist or is not a folder; give the folder that holds the *.json files.</source>
        <translation>Thư mục %1 %2 không tồn tại hoặc không phải là thư mục; hãy chỉ định thư mục chứa các tệp *.json.</translation>
    </message>
</context>
<context>
    <name>ab::report::DocumentLayout</name>
    <message>
        <source>Rendering the document was cancelled.</source>
        <translation>Đã hủy tạo văn bản.</translation>
    </message>
</context>
<context>
    <name>ab::report::FontSet</name>
    <message>
        <source>The font &quot;%1&quot; (%2) needed for this document is not installed; install the Debian package %3 (apt-get install %3).</source>
        <translation>Phông chữ &quot;%1&quot; (%2) cần cho văn bản này chưa được cài đặt; hãy cài đặt gói Debian %3 (apt-get install %3).</translation>
    </message>
    <message>
        <source>The installed font &quot;%1&quot; (%2) cannot draw &quot;%3&quot;; install the Debian package %4 (apt-get install %4).</source>
        <translation>Phông chữ đã cài &quot;%1&quot; (%2) không hiển thị được &quot;%3&quot;; hãy cài đặt gói Debian %4 (apt-get install %4).</translation>
    </message>
</context>
<context>
    <name>ab::report::ManifestCheck</name>
    <message>
        <source>The report&apos;s manifest has the format &quot;%1&quot;, not %2.</source>
        <translation>Bản kê khai của báo cáo có định dạng &quot;%1&quot;, không phải %2.</translation>
    </message>
    <message>
        <source>The report is of inspection %1, this file is inspection %2.</source>
        <translation>Báo cáo thuộc cuộc kiểm tra %1, còn tệp này là cuộc kiểm tra %2.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>The report&apos;s manifest names no custody chain head.</source>
        <translation>Bản kê khai của báo cáo không nêu đầu chuỗi lưu giữ.</translation>
    </message>
    <message>
        <source>The custody log has no row %1, which the report names as its chain head.</source>
        <translation>Nhật ký chuỗi lưu giữ không có dòng %1, là dòng mà báo cáo nêu làm đầu chuỗi.</translation>
    </message>
    <message>
        <source>Custody row %1 has the hash %2, the report says %3.</source>
        <translation>Dòng chuỗi lưu giữ %1 có mã băm %2, còn báo cáo ghi %3.</translation>
    </message>
    <message>
        <source>Custody row %1 no longer hashes to the value the report names: it was altered.</source>
        <translation>Dòng chuỗi lưu giữ %1 không còn cho ra mã băm mà báo cáo nêu: dòng này đã bị sửa đổi.</translation>
    </message>
    <message>
        <source>Evidence %1 (%2), listed in the report, is not in the inspection.</source>
        <translation>Bằng chứng %1 (%2), được liệt kê trong báo cáo, không có trong cuộc kiểm tra.</translation>
    </message>
    <message>
        <source>Evidence %1 (%2) has the SHA-256 %3 in the inspection, the report says %4.</source>
        <translation>Bằng chứng %1 (%2) có SHA-256 %3 trong tệp kiểm tra, nhưng báo cáo ghi %4.</translation>
    </message>
    <message>
        <source>Evidence %1 (%2) has %3 bytes in the inspection, the report says %4.</source>
        <translation>Bằng chứng %1 (%2) có %3 byte trong tệp kiểm tra, nhưng báo cáo ghi %4.</translation>
    </message>
</context>
<context>
    <name>ab::report::Pdf</name>
    <message>
        <source>%1 is a folder, not a PDF file.</source>
        <translation>%1 là thư mục, không phải tệp PDF.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Không đọc được %1: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than 4 GiB; that is not a report this program made.</source>
        <translation>%1 lớn hơn 4 GiB; đây không phải báo cáo do chương trình này tạo ra.</translation>
    </message>
    <message>
        <source>the PDF</source>
        <translation>tệp PDF</translation>
    </message>
    <message>
        <source>invalid predictor parameters</source>
        <translation>tham số predictor không hợp lệ</translation>
    </message>
    <message>
        <source>unsupported TIFF predictor</source>
        <translation>predictor TIFF không được hỗ trợ</translation>
    </message>
    <message>
        <source>invalid PNG predictor</source>
        <translation>predictor PNG không hợp lệ</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>hết bộ nhớ</translation>
    </message>
    <message>
        <source>a compressed stream expands beyond %1 MiB</source>
        <translation>một luồng nén khi giải nén vượt quá %1 MiB</translation>
    </message>
    <message>
        <source>a compressed stream cannot be decompressed</source>
        <translation>một luồng nén không giải nén được</translation>
    </message>
    <message>
        <source>a stream filter is not a name</source>
        <translation>bộ lọc của một luồng không phải là đối tượng tên (name)</translation>
    </message>
    <message>
        <source>a stream uses the filter %1, which this program does not read</source>
        <translation>một luồng dùng bộ lọc %1, chương trình này không đọc được bộ lọc đó</translation>
    </message>
    <message>
        <source>a stream is larger than %1 MiB</source>
        <translation>một luồng lớn hơn %1 MiB</translation>
    </message>
    <message>
        <source>%1 could not be read to the end; the disk or the file changed while it was read.</source>
        <translation>Không đọc được %1 đến hết; đĩa hoặc tệp đã thay đổi trong khi đang đọc.</translation>
    </message>
    <message>
        <source>%1 is a damaged PDF (%2 at byte %3); it cannot be checked or signed.</source>
        <translation>%1 là tệp PDF bị hỏng (%2 tại byte %3); không thể kiểm tra hay ký số tệp này.</translation>
    </message>
    <message>
        <source>%1 is a damaged PDF (%2); it cannot be checked or signed.</source>
        <translation>%1 là tệp PDF bị hỏng (%2); không thể kiểm tra hay ký số tệp này.</translation>
    </message>
    <message>
        <source>%1 is not a PDF file.</source>
        <translation>%1 không phải tệp PDF.</translation>
    </message>
    <message>
        <source>it is truncated or damaged: no cross-reference at its end</source>
        <translation>bị cắt cụt hoặc bị hỏng: cuối tệp không có phần tham chiếu chéo</translation>
    </message>
    <message>
        <source>its startxref offset is invalid</source>
        <translation>vị trí startxref không hợp lệ</translation>
    </message>
    <message>
        <source>it is truncated: its last revision has no end</source>
        <translation>bị cắt cụt: bản sửa đổi cuối cùng không có phần kết thúc</translation>
    </message>
    <message>
        <source>it is truncated or has bytes after its end</source>
        <translation>bị cắt cụt hoặc có dữ liệu thừa sau phần kết thúc</translation>
    </message>
    <message>
        <source>its cross-reference sections form a loop</source>
        <translation>các phần tham chiếu chéo tạo thành vòng lặp</translation>
    </message>
    <message>
        <source>it has more than %1 revisions</source>
        <translation>có nhiều hơn %1 bản sửa đổi</translation>
    </message>
    <message>
        <source>a /Prev offset is invalid</source>
        <translation>một vị trí /Prev không hợp lệ</translation>
    </message>
    <message>
        <source>its /Size is out of range</source>
        <translation>giá trị /Size nằm ngoài khoảng hợp lệ</translation>
    </message>
    <message>
        <source>its trailer names no document catalog</source>
        <translation>phần trailer không chỉ định catalog của tài liệu</translation>
    </message>
    <message>
        <source>no cross-reference section where one should be</source>
        <translation>không có phần tham chiếu chéo ở vị trí lẽ ra phải có</translation>
    </message>
    <message>
        <source>its cross-reference table is malformed</source>
        <translation>bảng tham chiếu chéo sai định dạng</translation>
    </message>
    <message>
        <source>its cross-reference table claims more objects than it can hold</source>
        <translation>bảng tham chiếu chéo khai báo nhiều đối tượng hơn số nó có thể chứa</translation>
    </message>
    <message>
        <source>its trailer is malformed</source>
        <translation>phần trailer sai định dạng</translation>
    </message>
    <message>
        <source>a cross-reference stream has an invalid length</source>
        <translation>một luồng tham chiếu chéo có độ dài không hợp lệ</translation>
    </message>
    <message>
        <source>a cross-reference stream has no valid /W</source>
        <translation>một luồng tham chiếu chéo không có /W hợp lệ</translation>
    </message>
    <message>
        <source>a cross-reference stream has an invalid /Index</source>
        <translation>một luồng tham chiếu chéo có /Index không hợp lệ</translation>
    </message>
    <message>
        <source>a cross-reference stream is shorter than its /Index says</source>
        <translation>một luồng tham chiếu chéo ngắn hơn mức /Index khai báo</translation>
    </message>
    <message>
        <source>its objects refer to each other too deeply</source>
        <translation>các đối tượng tham chiếu lẫn nhau lồng quá sâu</translation>
    </message>
    <message>
        <source>object %1: %2</source>
        <translation>đối tượng %1: %2</translation>
    </message>
    <message>
        <source>object %1 is not where the cross-reference says</source>
        <translation>đối tượng %1 không nằm ở vị trí mà bảng tham chiếu chéo chỉ ra</translation>
    </message>
    <message>
        <source>a stream has no end</source>
        <translation>một luồng không có phần kết thúc</translation>
    </message>
    <message>
        <source>object %1 lies in an object stream that does not exist</source>
        <translation>đối tượng %1 nằm trong một luồng đối tượng không tồn tại</translation>
    </message>
    <message>
        <source>object %1 lies in something that is not an object stream</source>
        <translation>đối tượng %1 nằm trong một thành phần không phải luồng đối tượng</translation>
    </message>
    <message>
        <source>an object stream has an invalid header</source>
        <translation>một luồng đối tượng có phần đầu không hợp lệ</translation>
    </message>
    <message>
        <source>object %1 is not where its object stream says</source>
        <translation>đối tượng %1 không nằm ở vị trí mà luồng đối tượng của nó chỉ ra</translation>
    </message>
    <message>
        <source>a reference chain does not end</source>
        <translation>một chuỗi tham chiếu không có điểm kết thúc</translation>
    </message>
    <message>
        <source>its document catalog is not a dictionary</source>
        <translation>catalog của tài liệu không phải là đối tượng từ điển (dictionary)</translation>
    </message>
    <message>
        <source>it has no page tree</source>
        <translation>không có cây trang</translation>
    </message>
    <message>
        <source>its page tree contains a loop</source>
        <translation>cây trang chứa vòng lặp</translation>
    </message>
    <message>
        <source>its page tree is too deep</source>
        <translation>cây trang lồng quá sâu</translation>
    </message>
    <message>
        <source>its page tree contains something that is not a page</source>
        <translation>cây trang chứa thành phần không phải là trang</translation>
    </message>
    <message>
        <source>it has more than %1 pages</source>
        <translation>có nhiều hơn %1 trang</translation>
    </message>
    <message>
        <source>it has no pages</source>
        <translation>không có trang nào</translation>
    </message>
    <message>
        <source>a stream is missing</source>
        <translation>thiếu một luồng</translation>
    </message>
    <message>
        <source>a stream runs past the end of the file</source>
        <translation>một luồng kéo dài quá cuối tệp</translation>
    </message>
    <message>
        <source>its form has too many or too deeply nested fields</source>
        <translation>biểu mẫu có quá nhiều trường hoặc các trường lồng nhau quá sâu</translation>
    </message>
    <message>
        <source>%1 carries no AuditBench manifest, so it cannot be tied to an inspection; was it issued by AuditBench?</source>
        <translation>%1 không mang bản kê (manifest) của AuditBench nên không thể gắn với một cuộc kiểm tra; tệp này có phải do AuditBench phát hành không?</translation>
    </message>
    <message>
        <source>its embedded manifest has no contents</source>
        <translation>bản kê nhúng trong tệp không có nội dung</translation>
    </message>
    <message>
        <source>The manifest embedded in %1 is not valid JSON.</source>
        <translation>Bản kê (manifest) nhúng trong %1 không phải JSON hợp lệ.</translation>
    </message>
    <message>
        <source>The rendered PDF already has embedded files in a form this program does not extend.</source>
        <translation>Tệp PDF vừa kết xuất đã có tệp nhúng theo dạng mà chương trình này không thể bổ sung thêm.</translation>
    </message>
    <message>
        <source>the rendered report</source>
        <translation>báo cáo vừa kết xuất</translation>
    </message>
    <message>
        <source>The rendered PDF is encrypted; it cannot be prepared for signing.</source>
        <translation>Tệp PDF vừa kết xuất đã được mã hóa; không thể chuẩn bị để ký số.</translation>
    </message>
    <message>
        <source>The PDF already carries an AuditBench manifest; it was prepared before.</source>
        <translation>Tệp PDF đã mang bản kê của AuditBench; tệp đã được chuẩn bị từ trước.</translation>
    </message>
    <message>
        <source>The rendered PDF already has associated files in a form this program does not extend.</source>
        <translation>Tệp PDF vừa kết xuất đã có tệp liên kết (associated files) theo dạng mà chương trình này không thể bổ sung thêm.</translation>
    </message>
    <message>
        <source>A signature slot is on page %1, but the document has %2 pages.</source>
        <translation>Một ô chữ ký nằm ở trang %1, nhưng tài liệu chỉ có %2 trang.</translation>
    </message>
    <message>
        <source>A signature slot has a negative size.</source>
        <translation>Một ô chữ ký có kích thước âm.</translation>
    </message>
    <message>
        <source>The font Noto Sans CJK SC is missing; install the package fonts-noto-cjk.</source>
        <translation>Thiếu phông chữ Noto Sans CJK SC; hãy cài đặt gói fonts-noto-cjk.</translation>
    </message>
    <message>
        <source>%1 is encrypted; this program does not sign encrypted PDFs.</source>
        <translation>%1 đã được mã hóa; chương trình này không ký số tệp PDF được mã hóa.</translation>
    </message>
    <message>
        <source>The signature did not fit the space reserved for it; the certificate chain is unusually large.</source>
        <translation>Chữ ký không vừa vùng dành sẵn cho nó; chuỗi chứng thư số lớn bất thường.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Không ghi được %1: %2.</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 đã bị xóa.</translation>
    </message>
    <message>
        <source>The list of form fields</source>
        <translation>Danh sách trường biểu mẫu</translation>
    </message>
    <message>
        <source>The annotations of page %1</source>
        <translation>Các chú thích của trang %1</translation>
    </message>
    <message>
        <source>%1 was changed.</source>
        <translation>%1 đã bị thay đổi.</translation>
    </message>
    <message>
        <source>Page %1 (object %2)</source>
        <translation>Trang %1 (đối tượng %2)</translation>
    </message>
    <message>
        <source>The content of page %1 (object %2)</source>
        <translation>Nội dung trang %1 (đối tượng %2)</translation>
    </message>
    <message>
        <source>The document catalog (object %1)</source>
        <translation>Catalog của tài liệu (đối tượng %1)</translation>
    </message>
    <message>
        <source>Signature field %1 (object %2)</source>
        <translation>Trường chữ ký %1 (đối tượng %2)</translation>
    </message>
    <message>
        <source>Object %1</source>
        <translation>Đối tượng %1</translation>
    </message>
    <message>
        <source>%1 was changed (%2).</source>
        <translation>%1 đã bị thay đổi (%2).</translation>
    </message>
    <message>
        <source>%1 lost an entry.</source>
        <translation>%1 bị mất một mục.</translation>
    </message>
    <message>
        <source>%1 gained something that is not a signature.</source>
        <translation>%1 bị thêm một thành phần không phải chữ ký.</translation>
    </message>
    <message>
        <source>The form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <source>%1 was given a value that is not a signature.</source>
        <translation>%1 bị gán một giá trị không phải chữ ký.</translation>
    </message>
    <message>
        <source>The trailer&apos;s /%1 was replaced.</source>
        <translation>Mục /%1 của phần trailer đã bị thay thế.</translation>
    </message>
    <message>
        <source>The signature dictionary is missing.</source>
        <translation>Thiếu từ điển chữ ký (signature dictionary).</translation>
    </message>
    <message>
        <source>Signatures of the kind %1 are not checked by this program.</source>
        <translation>Chương trình này không kiểm tra chữ ký loại %1.</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(không nêu)</translation>
    </message>
    <message>
        <source>The signature&apos;s byte range is missing or impossible.</source>
        <translation>Dải byte của chữ ký bị thiếu hoặc không hợp lý.</translation>
    </message>
    <message>
        <source>The signature&apos;s byte range does not leave out exactly its own signature value; the signed bytes may not be what is shown.</source>
        <translation>Dải byte của chữ ký không loại trừ đúng và chỉ đúng giá trị chữ ký của chính nó; dữ liệu được ký có thể không phải là nội dung đang hiển thị.</translation>
    </message>
    <message>
        <source>The signature does not end where a revision of the document ends.</source>
        <translation>Chữ ký không kết thúc tại điểm kết thúc của một bản sửa đổi tài liệu.</translation>
    </message>
    <message>
        <source>Signature by %1: %2</source>
        <translation>Chữ ký của %1: %2</translation>
    </message>
    <message>
        <source>After the signature by %1: %2</source>
        <translation>Sau chữ ký của %1: %2</translation>
    </message>
    <message>
        <source>%1 carries no digital signature.</source>
        <translation>%1 không có chữ ký số.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) were added after the last signature.</source>
        <translation>
            <numerusform>Có %n byte được thêm vào sau chữ ký cuối cùng.</numerusform>
        </translation>
    </message>
    <message>
        <source>The visible signature block cannot be drawn: this program was started without Qt&apos;s font system (QGuiApplication).</source>
        <translation>Không thể vẽ khối chữ ký hiển thị: chương trình được khởi động mà không có hệ thống phông chữ của Qt (QGuiApplication).</translation>
    </message>
</context>
<context>
    <name>ab::report::PdfRenderer</name>
    <message>
        <source>Rendering the document was cancelled.</source>
        <translation>Đã hủy kết xuất tài liệu.</translation>
    </message>
    <message>
        <source>Cannot prepare the PDF in memory.</source>
        <translation>Không thể chuẩn bị tệp PDF trong bộ nhớ.</translation>
    </message>
    <message>
        <source>Cannot start the PDF writer.</source>
        <translation>Không khởi động được bộ ghi PDF.</translation>
    </message>
    <message>
        <source>Cannot add page %1 to the PDF.</source>
        <translation>Không thêm được trang %1 vào tệp PDF.</translation>
    </message>
    <message>
        <source>Cannot finish the PDF.</source>
        <translation>Không hoàn tất được tệp PDF.</translation>
    </message>
    <message>
        <source>Cannot start printing: the printer is not available.</source>
        <translation>Không thể bắt đầu in: máy in không sẵn sàng.</translation>
    </message>
    <message>
        <source>The printer refused page %1.</source>
        <translation>Máy in đã từ chối trang %1.</translation>
    </message>
    <message>
        <source>Printing did not finish.</source>
        <translation>Quá trình in chưa hoàn tất.</translation>
    </message>
</context>
<context>
    <name>ab::report::ReportData</name>
    <message>
        <source>Rendering the document was cancelled.</source>
        <translation>Đã hủy kết xuất tài liệu.</translation>
    </message>
    <message>
        <source>The custody log of %1 does not check out, so no document can vouch for it; run verify.</source>
        <translation>Nhật ký chuỗi lưu giữ của %1 không qua được kiểm tra, nên không tài liệu nào có thể bảo đảm cho cuộc kiểm tra này; hãy chạy verify.</translation>
    </message>
</context>
<context>
    <name>ab::report::ReportIssuer</name>
    <message>
        <source>Documents are made in zh_CN, vi or en, not &quot;%1&quot;.</source>
        <translation>Tài liệu chỉ được lập bằng zh_CN, vi hoặc en, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the inspection is open read-only</source>
        <translation>cuộc kiểm tra đang mở ở chế độ chỉ đọc</translation>
    </message>
    <message>
        <source>the inspection file is in an older format</source>
        <translation>tệp kiểm tra có định dạng cũ hơn</translation>
    </message>
    <message>
        <source>the inspection is sealed for the supervisor</source>
        <translation>cuộc kiểm tra đã được niêm phong để chuyển cho người giám sát</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Không ghi được %1: %2.</translation>
    </message>
    <message>
        <source>%1 was written, but recording it in the inspection failed: %2</source>
        <translation>Đã ghi %1, nhưng ghi nhận việc này vào cuộc kiểm tra thất bại: %2</translation>
    </message>
</context>
<context>
    <name>ab::report::ReportTexts</name>
    <message>
        <source>English (en)</source>
        <translation>Tiếng Anh (en)</translation>
    </message>
    <message>
        <source>Chinese (zh_CN)</source>
        <translation>Tiếng Trung (zh_CN)</translation>
    </message>
    <message>
        <source>Vietnamese (vi)</source>
        <translation>Tiếng Việt (vi)</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3); fix the file or reinstall AuditBench.</source>
        <translation>%1 không phải JSON hợp lệ (%2 tại byte %3); hãy sửa tệp hoặc cài đặt lại AuditBench.</translation>
    </message>
    <message>
        <source>%1: &quot;format&quot; must be &quot;%2&quot;.</source>
        <translation>%1: &quot;format&quot; phải là &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot;.</source>
        <translation>%1: trường &quot;%2&quot; không xác định.</translation>
    </message>
    <message>
        <source>%1: &quot;texts&quot; must be an object of keys.</source>
        <translation>%1: &quot;texts&quot; phải là một đối tượng gồm các khóa.</translation>
    </message>
    <message>
        <source>%1: unknown text &quot;%2&quot; (no document uses it; check the spelling).</source>
        <translation>%1: văn bản &quot;%2&quot; không xác định (không tài liệu nào dùng đến; hãy kiểm tra chính tả).</translation>
    </message>
    <message>
        <source>%1: text &quot;%2&quot; must be an object with en, zh_CN and vi.</source>
        <translation>%1: văn bản &quot;%2&quot; phải là một đối tượng có en, zh_CN và vi.</translation>
    </message>
    <message>
        <source>%1: text &quot;%2&quot; has an unknown language &quot;%3&quot;.</source>
        <translation>%1: văn bản &quot;%2&quot; có ngôn ngữ không xác định &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1: text &quot;%2&quot; has no %3 version.</source>
        <translation>%1: văn bản &quot;%2&quot; không có bản %3.</translation>
    </message>
    <message>
        <source>%1: text &quot;%2&quot; in %3 does not use the same {placeholders} as in English.</source>
        <translation>%1: văn bản &quot;%2&quot; bằng %3 không dùng cùng các {biến giữ chỗ} như bản tiếng Anh.</translation>
    </message>
    <message>
        <source>%1: the text &quot;%2&quot; is missing.</source>
        <translation>%1: thiếu văn bản &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the document texts %1: %2.</source>
        <translation>Không đọc được tệp văn bản tài liệu %1: %2.</translation>
    </message>
</context>
<context>
    <name>ab::report::pdf::ReportSigning</name>
    <message>
        <source>The signature just made does not verify; nothing was written. %1</source>
        <translation>Chữ ký vừa tạo không xác minh được; không có gì được ghi. %1</translation>
    </message>
</context>
<context>
    <name>ab::ui::BackgroundJobs</name>
    <message>
        <source>Preparing the import…</source>
        <translation>Đang chuẩn bị nhập…</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Đang nhập %n tệp…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Đang xuất ra %1…</translation>
    </message>
    <message>
        <source>Verifying integrity…</source>
        <translation>Đang xác minh toàn vẹn…</translation>
    </message>
    <message>
        <source>Probing…</source>
        <translation>Đang thăm dò…</translation>
    </message>
    <message>
        <source>Decrypting evidence %1…</source>
        <translation>Đang giải mã bằng chứng %1…</translation>
    </message>
</context>
<context>
    <name>ab::ui::ChangeDescriber</name>
    <message>
        <source>Inspection details</source>
        <translation>Thông tin kiểm tra</translation>
    </message>
    <message>
        <source>Evidence #%1</source>
        <translation>Bằng chứng #%1</translation>
    </message>
    <message>
        <source>Evidence #%1 (%2)</source>
        <translation>Bằng chứng #%1 (%2)</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Câu trả lời %1</translation>
    </message>
    <message>
        <source>Answer %1 (%2)</source>
        <translation>Câu trả lời %1 (%2)</translation>
    </message>
    <message>
        <source>Finding #%1</source>
        <translation>Phát hiện #%1</translation>
    </message>
    <message>
        <source>Finding #%1 (%2)</source>
        <translation>Phát hiện #%1 (%2)</translation>
    </message>
    <message>
        <source>Device #%1</source>
        <translation>Thiết bị #%1</translation>
    </message>
    <message>
        <source>Device #%1 (%2)</source>
        <translation>Thiết bị #%1 (%2)</translation>
    </message>
    <message>
        <source>Service #%1</source>
        <translation>Dịch vụ #%1</translation>
    </message>
    <message>
        <source>Document #%1</source>
        <translation>Văn bản #%1</translation>
    </message>
    <message>
        <source>Seal #%1</source>
        <translation>Niêm phong #%1</translation>
    </message>
    <message>
        <source>Review entry #%1</source>
        <translation>Mục xem xét #%1</translation>
    </message>
    <message>
        <source>Probe run #%1</source>
        <translation>Lượt thăm dò #%1</translation>
    </message>
    <message>
        <source>Custody log head</source>
        <translation>Đầu chuỗi lưu giữ</translation>
    </message>
    <message>
        <source>Custody entry #%1</source>
        <translation>Mục chuỗi lưu giữ #%1</translation>
    </message>
    <message>
        <source>Checklist catalog %1</source>
        <translation>Danh mục kiểm tra %1</translation>
    </message>
    <message>
        <source>Stored contents %1</source>
        <translation>Nội dung lưu trữ %1</translation>
    </message>
    <message>
        <source>Number of answers</source>
        <translation>Số câu trả lời</translation>
    </message>
    <message>
        <source>Number of findings</source>
        <translation>Số phát hiện</translation>
    </message>
    <message>
        <source>Number of devices</source>
        <translation>Số thiết bị</translation>
    </message>
    <message>
        <source>Number of documents issued</source>
        <translation>Số văn bản đã phát hành</translation>
    </message>
    <message>
        <source>File structure (%1)</source>
        <translation>Cấu trúc tệp (%1)</translation>
    </message>
    <message>
        <source>Inspection setting %1</source>
        <translation>Thiết lập kiểm tra %1</translation>
    </message>
    <message>
        <source>sealed, but no longer in the file</source>
        <translation>đã niêm phong nhưng không còn trong tệp</translation>
    </message>
    <message>
        <source>added after the seal</source>
        <translation>được thêm sau khi niêm phong</translation>
    </message>
    <message>
        <source>renamed or relabelled since it was sealed</source>
        <translation>đã đổi tên hoặc đổi nhãn kể từ khi niêm phong</translation>
    </message>
    <message>
        <source>content differs from what was sealed</source>
        <translation>nội dung khác với nội dung đã niêm phong</translation>
    </message>
    <message>
        <source>answered after the seal</source>
        <translation>được trả lời sau khi niêm phong</translation>
    </message>
    <message>
        <source>the answer was removed after the seal</source>
        <translation>câu trả lời đã bị xóa sau khi niêm phong</translation>
    </message>
    <message>
        <source>the answer changed after the seal</source>
        <translation>câu trả lời đã thay đổi sau khi niêm phong</translation>
    </message>
    <message>
        <source>deleted after the seal</source>
        <translation>đã bị xóa sau khi niêm phong</translation>
    </message>
    <message>
        <source>changed after the seal</source>
        <translation>đã thay đổi sau khi niêm phong</translation>
    </message>
    <message>
        <source>changed since the seal</source>
        <translation>đã thay đổi kể từ khi niêm phong</translation>
    </message>
    <message>
        <source>differs from the catalog that was sealed</source>
        <translation>khác với danh mục kiểm tra đã niêm phong</translation>
    </message>
    <message>
        <source>made for another inspection</source>
        <translation>được tạo cho một cuộc kiểm tra khác</translation>
    </message>
    <message>
        <source>does not match what was signed</source>
        <translation>không khớp với nội dung đã ký</translation>
    </message>
    <message>
        <source>removed from the custody log</source>
        <translation>đã bị xóa khỏi nhật ký chuỗi lưu giữ</translation>
    </message>
    <message>
        <source>added to the custody log outside AuditBench</source>
        <translation>được thêm vào nhật ký chuỗi lưu giữ bên ngoài AuditBench</translation>
    </message>
    <message>
        <source>the custody log was rewritten</source>
        <translation>nhật ký chuỗi lưu giữ đã bị viết lại</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>bị thiếu</translation>
    </message>
    <message>
        <source>added outside AuditBench</source>
        <translation>được thêm bên ngoài AuditBench</translation>
    </message>
    <message>
        <source>altered or damaged</source>
        <translation>bị sửa đổi hoặc hư hỏng</translation>
    </message>
    <message>
        <source>custody entry #%1</source>
        <translation>mục chuỗi lưu giữ #%1</translation>
    </message>
    <message>
        <source>by %1 on %2, custody entry #%3</source>
        <translation>do %1 thực hiện vào %2, mục chuỗi lưu giữ #%3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ab::ui::CompareWindow</name>
    <message>
        <source>Compare inspections</source>
        <translation>So sánh các cuộc kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Inspections of the same site:</source>
        <translation>Các cuộc &amp;kiểm tra của cùng một cơ sở:</translation>
    </message>
    <message>
        <source>&amp;Add inspection…</source>
        <translation>&amp;Thêm cuộc kiểm tra…</translation>
    </message>
    <message>
        <source>Add another inspector&apos;s file of the same site; its passphrase is asked for.</source>
        <translation>Thêm tệp của một thành viên đoàn kiểm tra khác về cùng một cơ sở; chương trình sẽ hỏi cụm mật khẩu của tệp.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Gỡ bỏ</translation>
    </message>
    <message>
        <source>Only what &amp;differs</source>
        <translation>Chỉ những điểm &amp;khác nhau</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Tất cả các phần</translation>
    </message>
    <message>
        <source>%1 is already in the comparison.</source>
        <translation>%1 đã có trong danh sách so sánh.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 không tồn tại.</translation>
    </message>
    <message>
        <source>Opening was interrupted.</source>
        <translation>Việc mở tệp đã bị gián đoạn.</translation>
    </message>
    <message>
        <source>The comparison was interrupted.</source>
        <translation>Việc so sánh đã bị gián đoạn.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Đang mở…</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Đang so sánh…</translation>
    </message>
    <message>
        <source>Add at least two inspections of the same site to compare them.</source>
        <translation>Hãy thêm ít nhất hai cuộc kiểm tra của cùng một cơ sở để so sánh.</translation>
    </message>
    <message>
        <source>The %1 inspections hold the same: %2 things compared, none differs.</source>
        <translation>%1 cuộc kiểm tra có nội dung giống nhau: đã so sánh %2 mục, không có mục nào khác nhau.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) among %1 inspections (%2 things compared).</source>
        <translation>
            <numerusform>Có %n điểm khác nhau giữa %1 cuộc kiểm tra (đã so sánh %2 mục).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::ui::ComparisonModel</name>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bằng chứng</translation>
    </message>
    <message>
        <source>Evidence (same name)</source>
        <translation>Bằng chứng (cùng tên)</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not in this inspection.</source>
        <translation>Không có trong cuộc kiểm tra này.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Phần</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Đối tượng</translation>
    </message>
</context>
<context>
    <name>ab::ui::CustodyModel</name>
    <message>
        <source>This row: %1
Previous row: %2</source>
        <translation>Dòng này: %1
Dòng trước: %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Mã băm</translation>
    </message>
    <message>
        <source>What it records</source>
        <translation>Nội dung ghi nhận</translation>
    </message>
</context>
<context>
    <name>ab::ui::CustodyText</name>
    <message>
        <source>the inspection report</source>
        <translation>báo cáo kết quả kiểm tra</translation>
    </message>
    <message>
        <source>the rectification notice</source>
        <translation>văn bản yêu cầu khắc phục</translation>
    </message>
    <message>
        <source>the on-site record</source>
        <translation>biên bản kiểm tra</translation>
    </message>
    <message>
        <source>the inspection</source>
        <translation>cuộc kiểm tra</translation>
    </message>
    <message>
        <source>evidence %1</source>
        <translation>bằng chứng %1</translation>
    </message>
    <message>
        <source>finding %1</source>
        <translation>phát hiện %1</translation>
    </message>
    <message>
        <source>answer %1</source>
        <translation>câu trả lời %1</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>văn bản %1</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>thiết bị %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>dịch vụ %1</translation>
    </message>
    <message>
        <source>seal %1</source>
        <translation>niêm phong %1</translation>
    </message>
    <message>
        <source>review entry %1</source>
        <translation>mục xem xét %1</translation>
    </message>
    <message>
        <source>Created the inspection of %1</source>
        <translation>Đã tạo cuộc kiểm tra đối với %1</translation>
    </message>
    <message>
        <source>Changed the inspection details</source>
        <translation>Đã thay đổi thông tin kiểm tra</translation>
    </message>
    <message>
        <source>Exported a sealed copy to %1, sealed by %2</source>
        <translation>Đã xuất bản sao đã niêm phong ra %1, do %2 niêm phong</translation>
    </message>
    <message>
        <source>Exported a copy (not sealed) to %1</source>
        <translation>Đã xuất bản sao (không niêm phong) ra %1</translation>
    </message>
    <message>
        <source>Upgraded the file format from %1 to %2</source>
        <translation>Đã nâng cấp định dạng tệp từ %1 lên %2</translation>
    </message>
    <message>
        <source>Pinned the checklist catalog %1 %2</source>
        <translation>Đã ghim danh mục kiểm tra %1 %2</translation>
    </message>
    <message>
        <source>Answered %1</source>
        <translation>Đã trả lời %1</translation>
    </message>
    <message>
        <source>Answered %1: %2</source>
        <translation>Đã trả lời %1: %2</translation>
    </message>
    <message>
        <source>Added evidence %1: %2</source>
        <translation>Đã thêm bằng chứng %1: %2</translation>
    </message>
    <message>
        <source>Refused a probe outside the authorised scope: %1</source>
        <translation>Đã từ chối một phép thăm dò ngoài phạm vi được phép: %1</translation>
    </message>
    <message>
        <source>Started a probe run</source>
        <translation>Đã bắt đầu một lượt thăm dò</translation>
    </message>
    <message>
        <source>Probe run ended (%1)</source>
        <translation>Lượt thăm dò đã kết thúc (%1)</translation>
    </message>
    <message>
        <source>Recorded device %1</source>
        <translation>Đã ghi nhận thiết bị %1</translation>
    </message>
    <message>
        <source>Updated device %1</source>
        <translation>Đã cập nhật thiết bị %1</translation>
    </message>
    <message>
        <source>Recorded service %1/%2 on device %3</source>
        <translation>Đã ghi nhận dịch vụ %1/%2 trên thiết bị %3</translation>
    </message>
    <message>
        <source>Updated service %1/%2 on device %3</source>
        <translation>Đã cập nhật dịch vụ %1/%2 trên thiết bị %3</translation>
    </message>
    <message>
        <source>Recorded finding %1: %2</source>
        <translation>Đã ghi nhận phát hiện %1: %2</translation>
    </message>
    <message>
        <source>Merged finding %1 into finding %2</source>
        <translation>Đã gộp phát hiện %1 vào phát hiện %2</translation>
    </message>
    <message>
        <source>Changed finding %1: %2</source>
        <translation>Đã thay đổi phát hiện %1: %2</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>Đã xóa %1</translation>
    </message>
    <message>
        <source>Issued %1 (%2, %3)</source>
        <translation>Đã phát hành %1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1, No. %2</source>
        <translation>%1, số %2</translation>
    </message>
    <message>
        <source>Sealed by %1 for the supervisor, covering entries 1 to %2</source>
        <translation>Do %1 niêm phong để chuyển cho người giám sát, bao quát các mục từ 1 đến %2</translation>
    </message>
    <message>
        <source>Approved the inspection</source>
        <translation>Đã phê duyệt cuộc kiểm tra</translation>
    </message>
    <message>
        <source>Approved the inspection: %1</source>
        <translation>Đã phê duyệt cuộc kiểm tra: %1</translation>
    </message>
    <message>
        <source>Rejected the inspection: %1</source>
        <translation>Đã bác bỏ cuộc kiểm tra: %1</translation>
    </message>
    <message>
        <source>Review comment: %1</source>
        <translation>Ý kiến xem xét: %1</translation>
    </message>
    <message>
        <source>Review comment on %1: %2</source>
        <translation>Ý kiến xem xét về %1: %2</translation>
    </message>
</context>
<context>
    <name>ab::ui::EvidenceModel</name>
    <message>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chép</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Bản ghi thăm dò</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Mục kiểm tra</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Người thêm</translation>
    </message>
    <message>
        <source>Added at</source>
        <translation>Thời điểm thêm</translation>
    </message>
</context>
<context>
    <name>ab::ui::EvidencePage</name>
    <message>
        <source>Name, kind, hash, item or person</source>
        <translation>Tên, loại, mã băm, mục hoặc người</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>Thêm thư &amp;mục…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <source>Drop files or folders on the table to add them as evidence. Contents are hashed (SHA-256) and encrypted in the inspection file.</source>
        <translation>Kéo thả tệp hoặc thư mục vào bảng để thêm làm bằng chứng. Nội dung được băm (SHA-256) và mã hóa trong tệp kiểm tra.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n mục</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Hiển thị %1 / %2</translation>
    </message>
    <message>
        <source>Filt&amp;er:</source>
        <translation>&amp;Lọc:</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Thêm tệp…</translation>
    </message>
</context>
<context>
    <name>ab::ui::EvidencePickerDialog</name>
    <message>
        <source>Attach evidence</source>
        <translation>Đính kèm bằng chứng</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Lọc:</translation>
    </message>
    <message>
        <source>Tick the evidence to attach (Space ticks the current row).</source>
        <translation>Đánh dấu các bằng chứng cần đính kèm (phím Space đánh dấu dòng hiện tại).</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n mục</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::ui::EvidenceViewer</name>
    <message>
        <source>%1 × %2 pixels, shown at %3%</source>
        <translation>%1 × %2 điểm ảnh, hiển thị ở mức %3%</translation>
    </message>
    <message>
        <source>Waiting for the running task to finish to decrypt this item…</source>
        <translation>Đang chờ tác vụ đang chạy hoàn tất để giải mã mục này…</translation>
    </message>
    <message>
        <source>Not shown: decrypting was cancelled. Select the item again to view it.</source>
        <translation>Không hiển thị: việc giải mã đã bị hủy. Hãy chọn lại mục này để xem.</translation>
    </message>
    <message>
        <source>The contents are not shown: they do not match what was recorded. Verify the inspection to see everything that changed.</source>
        <translation>Không hiển thị nội dung: nội dung không khớp với dữ liệu đã ghi nhận. Hãy xác minh cuộc kiểm tra để xem mọi thay đổi.</translation>
    </message>
    <message>
        <source>This item is too large to preview here (%1; at most %2). Export it to open it with another program.</source>
        <translation>Mục này quá lớn để xem trước tại đây (%1; tối đa %2). Hãy xuất mục này để mở bằng chương trình khác.</translation>
    </message>
    <message>
        <source>This PDF cannot be displayed (%1). Export it to open it with another program.</source>
        <translation>Không thể hiển thị tệp PDF này (%1). Hãy xuất tệp để mở bằng chương trình khác.</translation>
    </message>
    <message>
        <source>There is no preview for this kind of file. Export it to open it with another program.</source>
        <translation>Không có chế độ xem trước cho loại tệp này. Hãy xuất tệp để mở bằng chương trình khác.</translation>
    </message>
    <message>
        <source>it is protected by a password</source>
        <translation>tệp được bảo vệ bằng mật khẩu</translation>
    </message>
    <message>
        <source>it is damaged or not a PDF</source>
        <translation>tệp bị hỏng hoặc không phải là PDF</translation>
    </message>
    <message>
        <source>Showing the first %1 KiB of %2. Export the item for the whole text.</source>
        <translation>Đang hiển thị %1 KiB đầu tiên trong tổng số %2. Hãy xuất mục này để xem toàn bộ văn bản.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Vừa khung</translation>
    </message>
    <message>
        <source>Fit the image to the view</source>
        <translation>Thu phóng ảnh cho vừa khung xem</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Show the image at its actual size</source>
        <translation>Hiển thị ảnh ở kích thước thực</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Phóng to (Ctrl+con lăn chuột)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Thu nhỏ (Ctrl+con lăn chuột)</translation>
    </message>
    <message>
        <source>No evidence item selected</source>
        <translation>Chưa chọn bằng chứng nào</translation>
    </message>
    <message>
        <source>Select an item in the list to view it here; double-click it to open it in a window of its own.</source>
        <translation>Chọn một mục trong danh sách để xem tại đây; nhấp đúp để mở mục đó trong một cửa sổ riêng.</translation>
    </message>
    <message>
        <source>Evidence #%1</source>
        <translation>Bằng chứng #%1</translation>
    </message>
    <message>
        <source>Decrypting and checking its SHA-256…</source>
        <translation>Đang giải mã và kiểm tra SHA-256…</translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation>Đang giải mã…</translation>
    </message>
    <message>
        <source>✓ The content matches its SHA-256.</source>
        <translation>✓ Nội dung khớp với SHA-256 đã ghi nhận.</translation>
    </message>
    <message>
        <source>✗ The content does NOT match its SHA-256: %1</source>
        <translation>✗ Nội dung KHÔNG khớp với SHA-256 đã ghi nhận: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence #%1: %2</source>
        <translation>Bằng chứng #%1: %2</translation>
    </message>
    <message>
        <source>added by %1 on %2</source>
        <translation>do %1 thêm vào %2</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>dùng cho %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Ghi chú: %1</translation>
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
        <translation>Bằng chứng — AuditBench</translation>
    </message>
</context>
<context>
    <name>ab::ui::FindingEditor</name>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Select a finding, or make a new one.</source>
        <translation>Chọn một phát hiện hoặc tạo phát hiện mới.</translation>
    </message>
    <message>
        <source>New finding (not saved yet)</source>
        <translation>Phát hiện mới (chưa lưu)</translation>
    </message>
    <message>
        <source>Save it (Ctrl+S) to record it in the inspection and its custody log.</source>
        <translation>Lưu (Ctrl+S) để ghi nhận vào cuộc kiểm tra và nhật ký chuỗi lưu giữ.</translation>
    </message>
    <message>
        <source>Finding #%1</source>
        <translation>Phát hiện #%1</translation>
    </message>
    <message>
        <source>Found by a probe on %1.</source>
        <translation>Được phát hiện qua thăm dò vào %1.</translation>
    </message>
    <message>
        <source>From an nmap import on %1.</source>
        <translation>Từ dữ liệu nmap được nhập vào %1.</translation>
    </message>
    <message>
        <source>From the answer to %1, recorded by %2 on %3.</source>
        <translation>Từ câu trả lời cho %1, do %2 ghi nhận vào %3.</translation>
    </message>
    <message>
        <source>Recorded by %1 on %2.</source>
        <translation>Do %1 ghi nhận vào %2.</translation>
    </message>
    <message>
        <source>Merged into finding #%1; set the status to open to make it stand on its own again.</source>
        <translation>Đã gộp vào phát hiện #%1; đặt trạng thái thành Đang mở để phát hiện này trở lại độc lập.</translation>
    </message>
    <message>
        <source>#%1  %2</source>
        <translation>#%1  %2</translation>
    </message>
    <message>
        <source>(not in this inspection)</source>
        <translation>(không có trong cuộc kiểm tra này)</translation>
    </message>
    <message>
        <source>No evidence yet: attach what proves this finding.</source>
        <translation>Chưa có bằng chứng: hãy đính kèm những gì chứng minh phát hiện này.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>Severit&amp;y:</source>
        <translation>&amp;Mức độ nghiêm trọng:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Trạng thá&amp;i:</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>Thiết &amp;bị:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Cổng:</translation>
    </message>
    <message>
        <source>whole device</source>
        <translation>toàn bộ thiết bị</translation>
    </message>
    <message>
        <source>Chec&amp;klist item:</source>
        <translation>Mục &amp;kiểm tra:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>Bằng chứn&amp;g:</translation>
    </message>
    <message>
        <source>Atta&amp;ch…</source>
        <translation>Đí&amp;nh kèm…</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>Gỡ &amp;ra</translation>
    </message>
    <message>
        <source>Detail&amp;s:</source>
        <translation>C&amp;hi tiết:</translation>
    </message>
    <message>
        <source>What was seen, where, and how it was checked</source>
        <translation>Đã thấy gì, ở đâu và đã kiểm tra bằng cách nào</translation>
    </message>
    <message>
        <source>&amp;Recommendation:</source>
        <translation>Khu&amp;yến nghị:</translation>
    </message>
    <message>
        <source>What the operator should do about it</source>
        <translation>Đơn vị vận hành cần làm gì để khắc phục</translation>
    </message>
    <message>
        <source>Rectify &amp;by:</source>
        <translation>Hạn khắc &amp;phục:</translation>
    </message>
    <message numerus="yes">
        <source>report&apos;s default (%n days)</source>
        <translation>
            <numerusform>mặc định của báo cáo (%n ngày)</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save the finding (Ctrl+S)</source>
        <translation>Lưu phát hiện (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>ab::ui::FindingsModel</name>
    <message>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Đã bác bỏ</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Đã gộp</translation>
    </message>
    <message>
        <source>Merged into #%1</source>
        <translation>Đã gộp vào #%1</translation>
    </message>
    <message>
        <source>No evidence proves this finding yet.</source>
        <translation>Chưa có bằng chứng nào chứng minh phát hiện này.</translation>
    </message>
    <message numerus="yes">
        <source>The report&apos;s default: %n days after it is issued.</source>
        <translation>
            <numerusform>Mặc định của báo cáo: %n ngày kể từ ngày phát hành báo cáo.</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ nghiêm trọng</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Mục kiểm tra</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bằng chứng</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>ab::ui::FindingsPage</name>
    <message>
        <source>Cannot read the findings</source>
        <translation>Không đọc được danh sách phát hiện</translation>
    </message>
    <message>
        <source>Save finding</source>
        <translation>Lưu phát hiện</translation>
    </message>
    <message>
        <source>Wait for the running task to finish (or cancel it), then save the finding again.</source>
        <translation>Hãy chờ tác vụ đang chạy hoàn tất (hoặc hủy nó), rồi lưu lại phát hiện.</translation>
    </message>
    <message>
        <source>Finding #%1 recorded.</source>
        <translation>Đã ghi nhận phát hiện #%1.</translation>
    </message>
    <message>
        <source>Finding #%1 saved.</source>
        <translation>Đã lưu phát hiện #%1.</translation>
    </message>
    <message>
        <source>Finding #%1 already records the answer to %2.</source>
        <translation>Phát hiện #%1 đã ghi nhận câu trả lời cho %2.</translation>
    </message>
    <message>
        <source>Finding from an answer</source>
        <translation>Phát hiện từ câu trả lời</translation>
    </message>
    <message>
        <source>Finding #%1 recorded from the answer to %2.</source>
        <translation>Đã ghi nhận phát hiện #%1 từ câu trả lời cho %2.</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>đạt một phần</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <source>The answer the finding records:</source>
        <translation>Câu trả lời mà phát hiện ghi nhận:</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>Gộp phát hiện trùng lặp</translation>
    </message>
    <message>
        <source>Select two or more findings that describe the same problem (Ctrl+click, or Shift with the arrow keys), then merge.</source>
        <translation>Chọn hai phát hiện trở lên mô tả cùng một vấn đề (Ctrl+nhấp chuột, hoặc giữ Shift và dùng phím mũi tên), rồi gộp.</translation>
    </message>
    <message>
        <source>#%1 %2: %3</source>
        <translation>#%1 %2: %3</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>The finding that stays; it takes the others&apos; evidence and details, and they are kept, marked merged:</source>
        <translation>Phát hiện được giữ lại; phát hiện này nhận bằng chứng và chi tiết của các phát hiện kia, còn các phát hiện kia vẫn được lưu và đánh dấu là đã gộp:</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) merged into #%1.</source>
        <translation>
            <numerusform>Đã gộp %n phát hiện vào #%1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the evidence that proves this finding (Space ticks the current row).</source>
        <translation>Đánh dấu các bằng chứng chứng minh phát hiện này (phím Space đánh dấu dòng hiện tại).</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Hiển thị %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n phát hiện</numerusform>
        </translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>&amp;Văn bản:</translation>
    </message>
    <message>
        <source>Title, detail, item, device or number</source>
        <translation>Tiêu đề, chi tiết, mục kiểm tra, thiết bị hoặc số</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Mức độ nghiêm trọng:</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Xem:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>Tất cả phát hiện</translation>
    </message>
    <message>
        <source>In the report (not merged or dismissed)</source>
        <translation>Trong báo cáo (chưa gộp hoặc bác bỏ)</translation>
    </message>
    <message>
        <source>&amp;New finding</source>
        <translation>&amp;Phát hiện mới</translation>
    </message>
    <message>
        <source>From &amp;answer…</source>
        <translation>Từ &amp;câu trả lời…</translation>
    </message>
    <message>
        <source>Record a finding from an answer that is non-compliant or partial.</source>
        <translation>Ghi nhận một phát hiện từ câu trả lời không đạt hoặc đạt một phần.</translation>
    </message>
    <message>
        <source>&amp;Merge duplicates…</source>
        <translation>&amp;Gộp trùng lặp…</translation>
    </message>
    <message>
        <source>Merge the selected findings into one; the others are kept, marked merged.</source>
        <translation>Gộp các phát hiện đã chọn thành một; các phát hiện còn lại vẫn được lưu và đánh dấu là đã gộp.</translation>
    </message>
    <message>
        <source>Every non-compliant or partial answer already has a finding; there is nothing to make one from.</source>
        <translation>Mọi câu trả lời không đạt hoặc đạt một phần đều đã có phát hiện; không còn câu trả lời nào để tạo phát hiện.</translation>
    </message>
</context>
<context>
    <name>ab::ui::InspectionSession</name>
    <message>
        <source>This is a sealed copy, open read-only: only review comments, approvals and rejections can be added to it (the Review step). Make changes in the original inspection and export a new sealed copy.</source>
        <translation>Đây là bản sao đã niêm phong, được mở ở chế độ chỉ đọc: chỉ có thể thêm ý kiến xem xét, phê duyệt và bác bỏ (bước Xem xét). Hãy thay đổi trong cuộc kiểm tra gốc rồi xuất một bản sao đã niêm phong mới.</translation>
    </message>
    <message>
        <source>The inspection is open read-only; close it and open it again to change it.</source>
        <translation>Cuộc kiểm tra đang mở ở chế độ chỉ đọc; hãy đóng rồi mở lại để thay đổi.</translation>
    </message>
    <message>
        <source>The inspection file is read-only on disk; copy it to a writable place to change it.</source>
        <translation>Tệp kiểm tra ở chế độ chỉ đọc trên đĩa; hãy sao chép tệp sang vị trí có quyền ghi để thay đổi.</translation>
    </message>
</context>
<context>
    <name>ab::ui::InspectionWidget</name>
    <message>
        <source>Add evidence</source>
        <translation>Thêm bằng chứng</translation>
    </message>
    <message>
        <source>The inspection is open read-only; evidence cannot be added.</source>
        <translation>Cuộc kiểm tra đang mở ở chế độ chỉ đọc; không thể thêm bằng chứng.</translation>
    </message>
    <message>
        <source>Wait for the running task to finish (or cancel it) first.</source>
        <translation>Hãy đợi tác vụ đang chạy hoàn tất (hoặc hủy nó) trước.</translation>
    </message>
    <message>
        <source>Import cancelled; files completed before the cancel were kept.</source>
        <translation>Đã hủy nhập; các tệp đã hoàn tất trước khi hủy được giữ lại.</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s) added.</source>
        <translation>
            <numerusform>Đã thêm %n bằng chứng.</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>đã bỏ qua %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added. Not added or skipped:</source>
        <translation>
            <numerusform>Đã thêm %n tệp. Không thêm hoặc bỏ qua:</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Đã hủy xuất; không có gì được ghi.</translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation>Xuất bằng chứng</translation>
    </message>
    <message>
        <source>Exported to %1; its SHA-256 matches the record.</source>
        <translation>Đã xuất ra %1; SHA-256 khớp với bản ghi.</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Đã hủy xác minh.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>lỗi không xác định</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Bằng chứng</translation>
    </message>
    <message>
        <source>&amp;Custody log</source>
        <translation>Nhật ký &amp;chuỗi lưu giữ</translation>
    </message>
    <message>
        <source>Cannot load the checklist</source>
        <translation>Không tải được danh mục kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Document review</source>
        <translation>Xem xét tài &amp;liệu</translation>
    </message>
    <message>
        <source>Sco&amp;re</source>
        <translation>Đ&amp;iểm</translation>
    </message>
    <message>
        <source>Inter&amp;view</source>
        <translation>Phỏng &amp;vấn</translation>
    </message>
    <message>
        <source>Device &amp;probing</source>
        <translation>Thăm &amp;dò thiết bị</translation>
    </message>
    <message numerus="yes">
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n hệ thống</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inspector(s)</source>
        <translation>
            <numerusform>%n thành viên đoàn kiểm tra</numerusform>
        </translation>
    </message>
    <message>
        <source>no authorisation</source>
        <translation>chưa có văn bản cho phép kiểm tra</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>có thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>%1 / %2 answered</source>
        <translation>Đã trả lời %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n thiết bị</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 items</source>
        <translation>%1 / %2 mục</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n phát hiện</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without evidence</source>
        <translation>
            <numerusform>%n chưa có bằng chứng</numerusform>
        </translation>
    </message>
    <message>
        <source>ready to issue</source>
        <translation>sẵn sàng phát hành</translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>còn thiếu %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n mục</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n mục</numerusform>
        </translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>Score and report</source>
        <translation>Chấm điểm và báo cáo</translation>
    </message>
    <message>
        <source>Steps of the inspection</source>
        <translation>Các bước kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Xem xét</translation>
    </message>
    <message>
        <source>Re&amp;port</source>
        <translation>&amp;Báo cáo</translation>
    </message>
</context>
<context>
    <name>ab::ui::ItemPanel</name>
    <message>
        <source>Select an item in the list to answer it.</source>
        <translation>Chọn một mục kiểm tra trong danh sách để trả lời.</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>(unverified)</source>
        <translation>(chưa xác minh)</translation>
    </message>
    <message>
        <source>%1 · severity %2 · weight %3 · %4</source>
        <translation>%1 · mức độ %2 · trọng số %3 · %4</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Chưa trả lời.</translation>
    </message>
    <message>
        <source>Answered by a probe on %1.</source>
        <translation>Được trả lời bởi phép dò vào %1.</translation>
    </message>
    <message>
        <source>Answered by %1 on %2.</source>
        <translation>Được %1 trả lời vào %2.</translation>
    </message>
    <message>
        <source>Overrides a probe&apos;s answer: %1</source>
        <translation>Thay thế câu trả lời của phép dò: %1</translation>
    </message>
    <message>
        <source>#%1  %2</source>
        <translation>#%1  %2</translation>
    </message>
    <message>
        <source>(not in this inspection)</source>
        <translation>(không có trong cuộc kiểm tra này)</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Hướng dẫn</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Điều khoản</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>G&amp;hi chú:</translation>
    </message>
    <message>
        <source>Drop files here to add them to the inspection&apos;s evidence and attach them to this answer.</source>
        <translation>Thả tệp vào đây để thêm chúng vào bằng chứng của cuộc kiểm tra và đính kèm vào câu trả lời này.</translation>
    </message>
    <message>
        <source>&amp;Save answer</source>
        <translation>Lư&amp;u câu trả lời</translation>
    </message>
    <message>
        <source>Evidence attached:</source>
        <translation>Bằng chứng đính kèm:</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>Đính kè&amp;m…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Gỡ &amp;ra</translation>
    </message>
    <message>
        <source>&amp;Record as a finding…</source>
        <translation>&amp;Ghi nhận thành phát hiện…</translation>
    </message>
    <message>
        <source>The saved answer falls short: record it as a finding (title, severity and recommendation from the item).</source>
        <translation>Câu trả lời đã lưu chưa đạt: hãy ghi nhận thành phát hiện (tiêu đề, mức độ nghiêm trọng và khuyến nghị lấy từ mục kiểm tra).</translation>
    </message>
</context>
<context>
    <name>ab::ui::MainWindow</name>
    <message>
        <source>Open inspection</source>
        <translation>Mở cuộc kiểm tra</translation>
    </message>
    <message>
        <source>Wait for the running task to finish (or cancel it) first.</source>
        <translation>Hãy đợi tác vụ đang chạy hoàn tất (hoặc hủy nó) trước.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 không tồn tại.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Đang xử lý…</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Đã mở %1.</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>Cuộc kiểm tra mới</translation>
    </message>
    <message>
        <source>Sample inspection</source>
        <translation>Cuộc kiểm tra mẫu</translation>
    </message>
    <message>
        <source>About AuditBench</source>
        <translation>Giới thiệu AuditBench</translation>
    </message>
    <message>
        <source>AuditBench %1
A workbench for on-site network-security inspections of video-surveillance and IoT systems.</source>
        <translation>AuditBench %1
Bàn làm việc cho kiểm tra an ninh mạng tại chỗ các hệ thống camera giám sát và IoT.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;Inspection</source>
        <translation>&amp;Kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>&amp;New Inspection…</source>
        <translation>Kiểm tra mớ&amp;i…</translation>
    </message>
    <message>
        <source>Create a new, encrypted inspection file.</source>
        <translation>Tạo một tệp kiểm tra mới, được mã hóa.</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>Open an inspection file.</source>
        <translation>Mở một tệp kiểm tra.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Xóa danh sách</translation>
    </message>
    <message>
        <source>Add Evidence &amp;Files…</source>
        <translation>Thêm &amp;tệp bằng chứng…</translation>
    </message>
    <message>
        <source>Import files as evidence (hashed and encrypted).</source>
        <translation>Nhập tệp làm bằng chứng (được băm và mã hóa).</translation>
    </message>
    <message>
        <source>Add Evidence F&amp;older…</source>
        <translation>Thêm thư &amp;mục bằng chứng…</translation>
    </message>
    <message>
        <source>&amp;Export Selected Evidence…</source>
        <translation>&amp;Xuất bằng chứng đã chọn…</translation>
    </message>
    <message>
        <source>&amp;Verify Integrity</source>
        <translation>Xác minh toàn &amp;vẹn</translation>
    </message>
    <message>
        <source>Re-hash every evidence item and walk the custody chain.</source>
        <translation>Băm lại mọi bằng chứng và duyệt chuỗi lưu giữ.</translation>
    </message>
    <message>
        <source>&amp;Cancel Running Task</source>
        <translation>&amp;Hủy tác vụ đang chạy</translation>
    </message>
    <message>
        <source>&amp;Find Evidence</source>
        <translation>Tìm &amp;bằng chứng</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Inspection</source>
        <translation>Mở cuộc kiểm tra &amp;mẫu</translation>
    </message>
    <message>
        <source>&amp;About AuditBench</source>
        <translation>&amp;Giới thiệu AuditBench</translation>
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
        <translation>Cuộc kiểm tra mẫu — cụm mật khẩu: %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Đang mở %1…</translation>
    </message>
    <message>
        <source>Opening was interrupted.</source>
        <translation>Quá trình mở đã bị gián đoạn.</translation>
    </message>
    <message>
        <source>Catalog %1 is for the regime %2, not %3.</source>
        <translation>Danh mục kiểm tra %1 dành cho chế độ %2, không phải %3.</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Chuyển đến</translation>
    </message>
    <message>
        <source>Co&amp;mpare Inspections…</source>
        <translation>&amp;So sánh các cuộc kiểm tra…</translation>
    </message>
    <message>
        <source>Show several inspectors&apos; files of the same site side by side, and what differs.</source>
        <translation>Hiển thị song song các tệp của nhiều thành viên đoàn kiểm tra về cùng một cơ sở, cùng những điểm khác nhau.</translation>
    </message>
    <message>
        <source>Export &amp;Sealed Copy…</source>
        <translation>Xuất bản sao đã &amp;niêm phong…</translation>
    </message>
    <message>
        <source>Write a copy of the inspection for the supervisor, sealed with your signing key.</source>
        <translation>Ghi một bản sao của cuộc kiểm tra cho người giám sát, được niêm phong bằng khóa ký của bạn.</translation>
    </message>
</context>
<context>
    <name>ab::ui::NewInspectionWizard</name>
    <message>
        <source>China: MIIT inspection (cn-miit)</source>
        <translation>Trung Quốc: kiểm tra của MIIT (cn-miit)</translation>
    </message>
    <message>
        <source>Viet Nam: MIC inspection (vn-mic)</source>
        <translation>Việt Nam: kiểm tra của Bộ TT-TT (vn-mic)</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>Cuộc kiểm tra mới</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>Tạ&amp;o</translation>
    </message>
    <message>
        <source>Regime and checklist</source>
        <translation>Chế độ kiểm tra và danh mục kiểm tra</translation>
    </message>
    <message>
        <source>Under which rules is this inspection made? The checklist follows from them.</source>
        <translation>Cuộc kiểm tra này được tiến hành theo quy định nào? Danh mục kiểm tra được xác định theo các quy định đó.</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Danh mục kiểm tra:</translation>
    </message>
    <message>
        <source>A catalog &amp;file:</source>
        <translation>Tệ&amp;p danh mục kiểm tra:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;uyệt…</translation>
    </message>
    <message>
        <source>A catalog file must be for the same regime; docs/catalog-format.md says how one is written. The checklist is pinned in the inspection file: a newer catalog later never changes it.</source>
        <translation>Tệp danh mục kiểm tra phải dành cho cùng chế độ kiểm tra; cách soạn tệp được mô tả trong docs/catalog-format.md. Danh mục kiểm tra được ghim vào tệp kiểm tra: danh mục mới hơn phát hành về sau không bao giờ làm thay đổi nó.</translation>
    </message>
    <message>
        <source>The &amp;checklist shipped for this regime (%1, version %2)</source>
        <translation>&amp;Danh mục kiểm tra đi kèm cho chế độ này (%1, phiên bản %2)</translation>
    </message>
    <message>
        <source>The &amp;checklist shipped for this regime</source>
        <translation>&amp;Danh mục kiểm tra đi kèm cho chế độ này</translation>
    </message>
    <message>
        <source>Organisation and systems</source>
        <translation>Tổ chức và hệ thống</translation>
    </message>
    <message>
        <source>Who is inspected, where, and which of their systems at which security level (levels decide which items apply).</source>
        <translation>Tổ chức nào được kiểm tra, ở đâu, và những hệ thống nào của tổ chức ở cấp độ an toàn nào (cấp độ quyết định những mục kiểm tra được áp dụng).</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Tổ chức:</translation>
    </message>
    <message>
        <source>Loc&amp;ation:</source>
        <translation>Đị&amp;a điểm:</translation>
    </message>
    <message>
        <source>&amp;Systems:</source>
        <translation>&amp;Hệ thống:</translation>
    </message>
    <message>
        <source>Team and dates</source>
        <translation>Đoàn kiểm tra và thời gian</translation>
    </message>
    <message>
        <source>The inspectors, the team leader last (the leader signs the report), and the days on site.</source>
        <translation>Các thành viên đoàn kiểm tra, trưởng đoàn ở cuối danh sách (trưởng đoàn ký báo cáo), và các ngày làm việc tại chỗ.</translation>
    </message>
    <message>
        <source>&amp;Inspectors:</source>
        <translation>Thành viên đoàn &amp;kiểm tra:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>chưa đặt</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Da&amp;tes on site:</source>
        <translation>Ngày làm việc tại c&amp;hỗ:</translation>
    </message>
    <message>
        <source>Authorised scope</source>
        <translation>Phạm vi được phép</translation>
    </message>
    <message>
        <source>The addresses and ports the authorisation allows probing. Nothing outside them is ever sent a packet.</source>
        <translation>Các địa chỉ và cổng được phép thăm dò theo văn bản cho phép kiểm tra. Không một gói tin nào được gửi tới bên ngoài phạm vi này.</translation>
    </message>
    <message>
        <source>One per line: 192.168.1.0/24, cam.example or 10.0.0.5:80,554</source>
        <translation>Mỗi dòng một mục: 192.168.1.0/24, cam.example hoặc 10.0.0.5:80,554</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>&amp;Phạm vi:</translation>
    </message>
    <message>
        <source>Leave it empty to decide later on the Setup step; until then probing is refused.</source>
        <translation>Để trống nếu muốn quyết định sau ở bước Thiết lập; cho đến khi đó, mọi thăm dò đều bị từ chối.</translation>
    </message>
    <message>
        <source>Recorded as: %1</source>
        <translation>Được ghi nhận là: %1</translation>
    </message>
    <message>
        <source>File and passphrase</source>
        <translation>Tệp và cụm mật khẩu</translation>
    </message>
    <message>
        <source>Everything is kept in one encrypted file. Without the passphrase nobody can read its evidence: keep it safe, it cannot be recovered.</source>
        <translation>Mọi dữ liệu được lưu trong một tệp mã hóa duy nhất. Không có cụm mật khẩu thì không ai đọc được bằng chứng trong tệp: hãy giữ cụm mật khẩu cẩn thận, vì không thể khôi phục nó.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cụm mật khẩu:</translation>
    </message>
    <message>
        <source>Passphrase (a&amp;gain):</source>
        <translation>Cụm mật khẩu (nhập &amp;lại):</translation>
    </message>
    <message numerus="yes">
        <source>Too short: at least %n characters.</source>
        <translation>
            <numerusform>Quá ngắn: cần ít nhất %n ký tự.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: add words, or mix in digits and signs.</source>
        <translation>Yếu: hãy thêm từ, hoặc xen thêm chữ số và ký hiệu.</translation>
    </message>
    <message>
        <source>Fair: a few more words would make it strong.</source>
        <translation>Trung bình: thêm vài từ nữa sẽ giúp cụm mật khẩu mạnh.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Tốt.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Mạnh.</translation>
    </message>
    <message>
        <source>A few unrelated words make a passphrase that is strong and easy to type.</source>
        <translation>Vài từ không liên quan đến nhau sẽ tạo thành một cụm mật khẩu mạnh và dễ gõ.</translation>
    </message>
    <message>
        <source>Catalog file</source>
        <translation>Tệp danh mục kiểm tra</translation>
    </message>
    <message>
        <source>Catalogs (*.json)</source>
        <translation>Danh mục kiểm tra (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>New inspection file</source>
        <translation>Tệp kiểm tra mới</translation>
    </message>
    <message>
        <source>Inspections (*.inspection)</source>
        <translation>Tệp kiểm tra (*.inspection)</translation>
    </message>
    <message>
        <source>Catalog %1 is for the regime %2, not %3.</source>
        <translation>Danh mục kiểm tra %1 dành cho chế độ %2, không phải %3.</translation>
    </message>
    <message>
        <source>Name the inspected organisation.</source>
        <translation>Hãy nêu tên tổ chức được kiểm tra.</translation>
    </message>
    <message>
        <source>Add at least one system and its security level: the checklist applies by level.</source>
        <translation>Hãy thêm ít nhất một hệ thống và cấp độ an toàn của hệ thống: danh mục kiểm tra được áp dụng theo cấp độ.</translation>
    </message>
    <message>
        <source>Every system needs a name.</source>
        <translation>Mỗi hệ thống cần có tên.</translation>
    </message>
    <message>
        <source>Name at least the team leader, who signs the report.</source>
        <translation>Hãy nêu tên ít nhất là trưởng đoàn, người ký báo cáo.</translation>
    </message>
    <message>
        <source>The work on site cannot end before it starts.</source>
        <translation>Ngày kết thúc làm việc tại chỗ không thể trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>Choose where to save the inspection file.</source>
        <translation>Hãy chọn nơi lưu tệp kiểm tra.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name.</source>
        <translation>%1 đã tồn tại; hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Thư mục %1 không tồn tại.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>Cụm mật khẩu cần có ít nhất %n ký tự.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>Hai cụm mật khẩu không khớp; hãy nhập lại.</translation>
    </message>
</context>
<context>
    <name>ab::ui::OverviewPage</name>
    <message>
        <source>China: MIIT inspection (cn-miit)</source>
        <translation>Trung Quốc: kiểm tra của MIIT (cn-miit)</translation>
    </message>
    <message>
        <source>Viet Nam: MIC inspection (vn-mic)</source>
        <translation>Việt Nam: kiểm tra của Bộ TT-TT (vn-mic)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n mục</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n mục nhật ký</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1  %2</source>
        <translation>Mục %1  %2</translation>
    </message>
    <message>
        <source>Regime:</source>
        <translation>Chế độ kiểm tra:</translation>
    </message>
    <message>
        <source>Catalog:</source>
        <translation>Danh mục kiểm tra:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Ngày tạo:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Bằng chứng:</translation>
    </message>
    <message>
        <source>Custody log:</source>
        <translation>Nhật ký chuỗi lưu giữ:</translation>
    </message>
    <message>
        <source>Chain head:</source>
        <translation>Đầu chuỗi:</translation>
    </message>
</context>
<context>
    <name>ab::ui::PassphraseDialog</name>
    <message>
        <source>Unlock inspection</source>
        <translation>Mở khóa cuộc kiểm tra</translation>
    </message>
    <message>
        <source>Enter the passphrase of %1.</source>
        <translation>Nhập cụm mật khẩu của %1.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
</context>
<context>
    <name>ab::ui::ProbePage</name>
    <message>
        <source>Default or weak password accepted</source>
        <translation>Chấp nhận mật khẩu mặc định hoặc mật khẩu yếu</translation>
    </message>
    <message>
        <source>Telnet service open</source>
        <translation>Dịch vụ Telnet đang mở</translation>
    </message>
    <message>
        <source>FTP service open</source>
        <translation>Dịch vụ FTP đang mở</translation>
    </message>
    <message>
        <source>SSDP/UPnP answers</source>
        <translation>SSDP/UPnP có phản hồi</translation>
    </message>
    <message>
        <source>SNMP default community accepted</source>
        <translation>Chấp nhận chuỗi community mặc định của SNMP</translation>
    </message>
    <message>
        <source>RTSP stream plays without authentication</source>
        <translation>Luồng RTSP phát được mà không cần xác thực</translation>
    </message>
    <message>
        <source>ONVIF answers without authentication</source>
        <translation>ONVIF phản hồi mà không cần xác thực</translation>
    </message>
    <message>
        <source>Web administration over plain HTTP</source>
        <translation>Quản trị web qua HTTP không mã hóa</translation>
    </message>
    <message>
        <source>HTTP Basic credentials over plain HTTP</source>
        <translation>Thông tin đăng nhập HTTP Basic truyền qua HTTP không mã hóa</translation>
    </message>
    <message>
        <source>Weak TLS configuration or certificate</source>
        <translation>Cấu hình hoặc chứng chỉ TLS yếu</translation>
    </message>
    <message>
        <source>Known vulnerability (version match)</source>
        <translation>Lỗ hổng đã biết (khớp phiên bản)</translation>
    </message>
    <message>
        <source>Banner discloses product version</source>
        <translation>Banner để lộ phiên bản sản phẩm</translation>
    </message>
    <message>
        <source>SIP REGISTER accepted without challenge</source>
        <translation>SIP REGISTER được chấp nhận mà không có yêu cầu xác thực</translation>
    </message>
    <message>
        <source>Management port reachable</source>
        <translation>Cổng quản trị có thể truy cập</translation>
    </message>
    <message>
        <source>Login error reveals which part was wrong</source>
        <translation>Thông báo lỗi đăng nhập để lộ phần nào bị sai</translation>
    </message>
    <message>
        <source>No lockout after failed logins</source>
        <translation>Không khóa tài khoản sau khi đăng nhập thất bại</translation>
    </message>
    <message>
        <source>Cannot start probing</source>
        <translation>Không thể bắt đầu thăm dò</translation>
    </message>
    <message>
        <source>The inspection&apos;s authorised scope cannot be read.</source>
        <translation>Không đọc được phạm vi được phép của cuộc kiểm tra.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Đang chuẩn bị…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <source>Hosts %1/%2 · open ports %3 · services %4 · findings so far %5</source>
        <translation>Máy chủ %1/%2 · cổng mở %3 · dịch vụ %4 · phát hiện đến nay %5</translation>
    </message>
    <message>
        <source>Not probed.</source>
        <translation>Chưa thăm dò.</translation>
    </message>
    <message>
        <source>Outside the authorised scope</source>
        <translation>Ngoài phạm vi được phép</translation>
    </message>
    <message>
        <source>Probing failed</source>
        <translation>Thăm dò thất bại</translation>
    </message>
    <message>
        <source>%1: %2 hosts, %3 open ports, %4 services, %5 findings (%6 new).</source>
        <translation>%1: %2 máy chủ, %3 cổng mở, %4 dịch vụ, %5 phát hiện (%6 mới).</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Đã dừng</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Đã hoàn tất</translation>
    </message>
    <message>
        <source>Device / service</source>
        <translation>Thiết bị / dịch vụ</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Cannot read the devices</source>
        <translation>Không đọc được danh sách thiết bị</translation>
    </message>
    <message>
        <source>Devices (%1)</source>
        <translation>Thiết bị (%1)</translation>
    </message>
    <message>
        <source>No transcript is linked to this row.</source>
        <translation>Dòng này không gắn với bản ghi thăm dò nào.</translation>
    </message>
    <message>
        <source>The transcript can be read when the running task has finished.</source>
        <translation>Có thể đọc bản ghi thăm dò khi tác vụ đang chạy hoàn tất.</translation>
    </message>
    <message>
        <source>(cut at 1 MiB; export the evidence item for the whole transcript)</source>
        <translation>(đã cắt ở 1 MiB; hãy xuất bằng chứng để xem toàn bộ bản ghi thăm dò)</translation>
    </message>
    <message>
        <source>Evidence %1</source>
        <translation>Bằng chứng %1</translation>
    </message>
    <message>
        <source>&amp;Targets:</source>
        <translation>&amp;Mục tiêu:</translation>
    </message>
    <message>
        <source>Addresses, CIDR blocks or HOST:PORTS inside the authorised scope</source>
        <translation>Địa chỉ, khối CIDR hoặc HOST:PORTS trong phạm vi được phép</translation>
    </message>
    <message>
        <source>Anything outside the inspection&apos;s authorised scope is refused before a packet is sent.</source>
        <translation>Mọi mục tiêu nằm ngoài phạm vi được phép của cuộc kiểm tra đều bị từ chối trước khi gửi đi bất kỳ gói tin nào.</translation>
    </message>
    <message>
        <source>camera (default), top100, all, or a list such as 80,443,8000-8100</source>
        <translation>camera (mặc định), top100, all, hoặc một danh sách như 80,443,8000-8100</translation>
    </message>
    <message>
        <source>Probe &amp;UDP services (SNMP, SIP, SSDP, WS-Discovery)</source>
        <translation>Thăm dò dịch vụ UD&amp;P (SNMP, SIP, SSDP, WS-Discovery)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ nghiêm trọng</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Mục kiểm tra</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>CVE</source>
        <translation>CVE</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bằng chứng</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Bản ghi thăm dò</translation>
    </message>
    <message>
        <source>Probe checklist</source>
        <translation>Danh mục kiểm tra thăm dò</translation>
    </message>
    <message>
        <source>Port&amp;s:</source>
        <translation>Cổn&amp;g:</translation>
    </message>
    <message>
        <source>Try default and weak pass&amp;words (lockout-safe)</source>
        <translation>Thử mật khẩu mặc định và mật khẩu &amp;yếu (an toàn, tránh khóa tài khoản)</translation>
    </message>
    <message>
        <source>R&amp;ate (connections/s):</source>
        <translation>T&amp;ốc độ (kết nối/giây):</translation>
    </message>
    <message>
        <source>Co&amp;ncurrency:</source>
        <translation>Số kết nối đồng thời (&amp;N):</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Stops the probe at once (Esc); what was found is kept.</source>
        <translation>Dừng thăm dò ngay (Esc); kết quả đã tìm thấy được giữ lại.</translation>
    </message>
    <message>
        <source>Select a service or a finding to read the exchange that proves it.</source>
        <translation>Chọn một dịch vụ hoặc một phát hiện để xem trao đổi chứng minh nó.</translation>
    </message>
    <message>
        <source>Found by probes and imports (%1; the %2 most severe shown, all on the Findings step)</source>
        <translation>Phát hiện qua thăm dò và nhập dữ liệu (%1; hiển thị %2 phát hiện nghiêm trọng nhất, xem đầy đủ ở bước Phát hiện)</translation>
    </message>
    <message>
        <source>Found by probes and imports (%1)</source>
        <translation>Phát hiện qua thăm dò và nhập dữ liệu (%1)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>A finding&apos;s title: %1 the service (e.g. &quot;rtsp 554/tcp&quot;), %2 the device (address and name).</extracomment>
        <translation>%1 trên %2</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Thiết bị %1</translation>
    </message>
    <message>
        <source>&amp;Multicast discovery</source>
        <translation>Dò tìm qua multi&amp;cast</translation>
    </message>
    <message>
        <source>WS-Discovery and SSDP to 239.255.255.250 (TTL 1). Only when the scope names 239.255.255.250; replies from outside the scope are dropped unread.</source>
        <translation>WS-Discovery và SSDP tới 239.255.255.250 (TTL 1). Chỉ thực hiện khi phạm vi có nêu 239.255.255.250; phản hồi từ bên ngoài phạm vi bị loại bỏ mà không đọc.</translation>
    </message>
    <message>
        <source>Start &amp;probing</source>
        <translation>&amp;Bắt đầu thăm dò</translation>
    </message>
    <message>
        <source>&amp;Record a finding…</source>
        <translation>Ghi nhận phát &amp;hiện…</translation>
    </message>
    <message>
        <source>Start a finding about the selected device or service, with its transcripts as evidence.</source>
        <translation>Tạo một phát hiện về thiết bị hoặc dịch vụ đã chọn, lấy các bản ghi thăm dò của nó làm bằng chứng.</translation>
    </message>
    <message>
        <source>Open in Fin&amp;dings</source>
        <translation>Mở &amp;tại bước Phát hiện</translation>
    </message>
    <message>
        <source>Edit the selected finding on the Findings step (Enter or double click).</source>
        <translation>Sửa phát hiện đã chọn ở bước Phát hiện (Enter hoặc nhấp đúp).</translation>
    </message>
</context>
<context>
    <name>ab::ui::QuestionnaireModel</name>
    <message>
        <source>Pending</source>
        <translation>Chờ trả lời</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Không áp dụng</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Partially compliant</source>
        <translation>Đạt một phần</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Mục kiểm tra</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Phần</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ nghiêm trọng</translation>
    </message>
</context>
<context>
    <name>ab::ui::QuestionnairePage</name>
    <message>
        <source>Save answer</source>
        <translation>Lưu câu trả lời</translation>
    </message>
    <message>
        <source>Choose an answer for %1 first.</source>
        <translation>Hãy chọn câu trả lời cho %1 trước.</translation>
    </message>
    <message>
        <source>Wait for the running task to finish (or cancel it), then save the answer again.</source>
        <translation>Hãy chờ tác vụ đang chạy hoàn tất (hoặc hủy nó), rồi lưu lại câu trả lời.</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Tất cả các phần</translation>
    </message>
    <message>
        <source>%1 / %2 answered</source>
        <translation>Đã trả lời %1 / %2</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Tiến độ:</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Xem:</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Tất cả mục kiểm tra</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Chờ trả lời</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>Sectio&amp;n:</source>
        <translation>&amp;Phần:</translation>
    </message>
    <message>
        <source>Tick the evidence that supports this answer (Space ticks the current row).</source>
        <translation>Đánh dấu các bằng chứng hỗ trợ câu trả lời này (phím Space đánh dấu dòng hiện tại).</translation>
    </message>
</context>
<context>
    <name>ab::ui::ReadinessPanel</name>
    <message>
        <source>Before a report can be issued</source>
        <translation>Trước khi có thể phát hành báo cáo</translation>
    </message>
    <message>
        <source>Show or hide what is still missing (Space)</source>
        <translation>Hiện hoặc ẩn những gì còn thiếu (Space)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing is missing: every applicable item is answered, every finding has evidence, the authorisation is recorded.</source>
        <translation>Không còn thiếu gì: mọi mục kiểm tra áp dụng đều đã được trả lời, mọi phát hiện đều có bằng chứng, văn bản cho phép kiểm tra đã được ghi nhận.</translation>
    </message>
    <message>
        <source>no authorisation document</source>
        <translation>chưa có văn bản cho phép kiểm tra</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) unanswered</source>
        <translation>
            <numerusform>%n mục chưa trả lời</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) without evidence</source>
        <translation>
            <numerusform>%n phát hiện chưa có bằng chứng</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a line to go to the page where it is fixed.</source>
        <translation>Chọn một dòng để chuyển tới trang khắc phục mục đó.</translation>
    </message>
</context>
<context>
    <name>ab::ui::ReportJobs</name>
    <message>
        <source>Opening the signing key…</source>
        <translation>Đang mở khóa ký…</translation>
    </message>
    <message>
        <source>Copying the inspection…</source>
        <translation>Đang sao chép cuộc kiểm tra…</translation>
    </message>
    <message>
        <source>Verifying the copy…</source>
        <translation>Đang xác minh bản sao…</translation>
    </message>
    <message>
        <source>Sealing the copy…</source>
        <translation>Đang niêm phong bản sao…</translation>
    </message>
</context>
<context>
    <name>ab::ui::ReportPage</name>
    <message>
        <source>Rectification notice</source>
        <translation>Văn bản yêu cầu khắc phục</translation>
    </message>
    <message>
        <source>On-site record</source>
        <translation>Biên bản kiểm tra</translation>
    </message>
    <message>
        <source>Inspection report</source>
        <translation>Báo cáo kết quả kiểm tra</translation>
    </message>
    <message>
        <source>The preview is made when this page is shown.</source>
        <translation>Bản xem trước được tạo khi trang này được hiển thị.</translation>
    </message>
    <message>
        <source>Open an inspection to issue its documents.</source>
        <translation>Hãy mở một cuộc kiểm tra để phát hành các văn bản của cuộc kiểm tra đó.</translation>
    </message>
    <message>
        <source>Next of its kind: %1</source>
        <translation>Số tiếp theo cùng loại: %1</translation>
    </message>
    <message>
        <source>Laying out the document…</source>
        <translation>Đang dàn trang văn bản…</translation>
    </message>
    <message>
        <source>Documents are written but not recorded here: %1.</source>
        <translation>Các văn bản đã được ghi ra nhưng không được ghi nhận tại đây: %1.</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Chưa ký</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation>Do %1 ký</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Văn bản:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Số:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Ngà&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Đị&amp;a điểm:</translation>
    </message>
    <message>
        <source>Issued &amp;by:</source>
        <translation>Cơ quan &amp;phát hành:</translation>
    </message>
    <message>
        <source>&amp;Representatives:</source>
        <translation>Người đại &amp;diện:</translation>
    </message>
    <message>
        <source>Dead&amp;line (days):</source>
        <translation>Thời &amp;hạn (ngày):</translation>
    </message>
    <message>
        <source>Next of its kind</source>
        <translation>Số tiếp theo của loại văn bản này</translation>
    </message>
    <message>
        <source>The documents&apos; default inspecting body</source>
        <translation>Cơ quan kiểm tra mặc định của các văn bản</translation>
    </message>
    <message>
        <source>Names separated by ; (empty: lines to fill by hand)</source>
        <translation>Các tên cách nhau bằng dấu ; (để trống: in các dòng trống để điền tay)</translation>
    </message>
    <message>
        <source>The inspection&apos;s location</source>
        <translation>Địa điểm của cuộc kiểm tra</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Xuất &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Xuất &amp;HTML…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Xem &amp;trước bản in…</translation>
    </message>
    <message>
        <source>&amp;Sign and export…</source>
        <translation>&amp;Ký số và xuất…</translation>
    </message>
    <message>
        <source>&amp;Verify a PDF…</source>
        <translation>Xác &amp;minh tệp PDF…</translation>
    </message>
    <message>
        <source>Documents issued</source>
        <translation>Văn bản đã phát hành</translation>
    </message>
    <message>
        <source>Last verification</source>
        <translation>Lần xác minh gần nhất</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ngày phát hành</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <source>The inspection was closed before the document was written; nothing was written.</source>
        <translation>Cuộc kiểm tra đã bị đóng trước khi văn bản được ghi; không có gì được ghi.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>Đã ghi %1 (%2).</translation>
    </message>
    <message>
        <source>Signed by %1 (certificate SHA-256 %2…).</source>
        <translation>Do %1 ký (chứng thư số SHA-256 %2…).</translation>
    </message>
    <message>
        <source>Recorded in the inspection as document %1.</source>
        <translation>Đã ghi nhận vào cuộc kiểm tra dưới dạng tài liệu %1.</translation>
    </message>
    <message>
        <source>Not recorded in the inspection: %1.</source>
        <translation>Chưa được ghi nhận vào cuộc kiểm tra: %1.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>Xuất HTML</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Trang web (*.html *.htm)</translation>
    </message>
    <message>
        <source>Sign and export</source>
        <translation>Ký số và xuất</translation>
    </message>
    <message>
        <source>Sign %1 with your key; the signature goes into its first signature field.</source>
        <translation>Ký số %1 bằng khóa của bạn; chữ ký được đặt vào ô chữ ký đầu tiên của văn bản.</translation>
    </message>
    <message>
        <source>Another export is still running; try again when it has finished.</source>
        <translation>Một thao tác xuất khác vẫn đang chạy; hãy thử lại khi thao tác đó hoàn tất.</translation>
    </message>
    <message>
        <source>Signing %1…</source>
        <translation>Đang ký số %1…</translation>
    </message>
    <message>
        <source>Rendering %1…</source>
        <translation>Đang kết xuất %1…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Sent %1 to the printer.</source>
        <translation>Đã gửi %1 tới máy in.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Xem trước bản in</translation>
    </message>
    <message>
        <source>Verify a PDF</source>
        <translation>Xác minh tệp PDF</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Đang kiểm tra %1…</translation>
    </message>
    <message>
        <source>Check the signatures of a report PDF and whether it matches this inspection; you can also drop a PDF on this page.</source>
        <translation>Kiểm tra chữ ký của tệp PDF báo cáo và việc nó có khớp với cuộc kiểm tra này không; cũng có thể kéo thả tệp PDF vào trang này.</translation>
    </message>
</context>
<context>
    <name>ab::ui::ReportPreview</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Trang trước (Page Up)</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Trang sau (Page Down)</translation>
    </message>
</context>
<context>
    <name>ab::ui::ReviewModel</name>
    <message>
        <source>Approval</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Rejection</source>
        <translation>Bác bỏ</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <source>The whole inspection</source>
        <translation>Toàn bộ cuộc kiểm tra</translation>
    </message>
    <message>
        <source>%1 — double-click to go there</source>
        <translation>%1 — nhấp đúp để chuyển tới</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
</context>
<context>
    <name>ab::ui::ReviewPage</name>
    <message>
        <source>Wait for the running task (the integrity check, say) to finish.</source>
        <translation>Hãy chờ tác vụ đang chạy (ví dụ: kiểm tra toàn vẹn) hoàn tất.</translation>
    </message>
    <message>
        <source>The inspection is open read-only; reviews cannot be recorded.</source>
        <translation>Cuộc kiểm tra đang mở ở chế độ chỉ đọc; không thể ghi ý kiến xem xét.</translation>
    </message>
    <message>
        <source>The inspection file is read-only on disk; copy it to a writable place to record a review.</source>
        <translation>Tệp kiểm tra chỉ đọc trên đĩa; hãy sao chép đến nơi ghi được để ghi ý kiến xem xét.</translation>
    </message>
    <message>
        <source>Only a sealed copy can be approved or rejected: the decision is about what the seal covers. Export a sealed copy for the supervisor first.</source>
        <translation>Chỉ bản sao đã niêm phong mới có thể được phê duyệt hoặc bác bỏ: quyết định áp dụng cho những gì niêm phong bao quát. Hãy xuất bản sao đã niêm phong cho người giám sát trước.</translation>
    </message>
    <message>
        <source>Recorded as %1</source>
        <translation>Đã ghi nhận là %1</translation>
    </message>
    <message>
        <source>Nothing was recorded: the review cannot be written now.</source>
        <translation>Không có gì được ghi: hiện không thể ghi ý kiến xem xét.</translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation>Hãy nhập ý kiến trước.</translation>
    </message>
    <message>
        <source>A rejection needs a reason: write it in the text field.</source>
        <translation>Bác bỏ cần có lý do: hãy nhập lý do vào ô nội dung.</translation>
    </message>
    <message>
        <source>Approvals and rejections are about the whole inspection: choose &quot;The whole inspection&quot; under About, or add a comment on this object.</source>
        <translation>Phê duyệt và bác bỏ áp dụng cho toàn bộ cuộc kiểm tra: hãy chọn &quot;Toàn bộ cuộc kiểm tra&quot; ở mục Đối tượng, hoặc thêm ý kiến về đối tượng này.</translation>
    </message>
    <message>
        <source>Say which one the comment is about (a number, or the item&apos;s id for an answer).</source>
        <translation>Hãy cho biết ý kiến về đối tượng nào (một số, hoặc mã mục kiểm tra nếu là câu trả lời).</translation>
    </message>
    <message>
        <source>Recorded %1 %2 by %3, after seal %4: the seal stays intact.</source>
        <translation>Đã ghi %1 %2 do %3 thực hiện, sau niêm phong %4: niêm phong vẫn nguyên vẹn.</translation>
    </message>
    <message>
        <source>Recorded %1 %2 by %3.</source>
        <translation>Đã ghi %1 %2 do %3 thực hiện.</translation>
    </message>
    <message>
        <source>Approved by %1 on %2.</source>
        <translation>Được %1 phê duyệt vào %2.</translation>
    </message>
    <message>
        <source>Rejected by %1 on %2.</source>
        <translation>Bị %1 bác bỏ vào %2.</translation>
    </message>
    <message>
        <source>Awaiting a decision.</source>
        <translation>Đang chờ quyết định.</translation>
    </message>
    <message>
        <source>Not a sealed copy: comments only. Approvals and rejections are made on the sealed copy a supervisor receives.</source>
        <translation>Không phải bản sao đã niêm phong: chỉ có thể thêm ý kiến. Phê duyệt và bác bỏ được thực hiện trên bản sao đã niêm phong mà người giám sát nhận được.</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s), %1 approval(s), %2 rejection(s).</source>
        <translation>
            <numerusform>%n ý kiến, %1 phê duyệt, %2 bác bỏ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comments and decisions, oldest first (double-click one to go to what it is about):</source>
        <translation>Ý kiến và quyết định, cũ nhất trước (nhấp đúp vào một mục để chuyển tới đối tượng của mục đó):</translation>
    </message>
    <message>
        <source>Add to the review</source>
        <translation>Thêm vào phần xem xét</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>Đối &amp;tượng:</translation>
    </message>
    <message>
        <source>The whole inspection</source>
        <translation>Toàn bộ cuộc kiểm tra</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bằng chứng</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>its number (evidence, finding, report) or item id (answer, e.g. INT-04)</source>
        <translation>số của đối tượng (bằng chứng, phát hiện, báo cáo) hoặc mã mục kiểm tra (câu trả lời, ví dụ INT-04)</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <source>The comment, the approval&apos;s remark (optional) or the rejection&apos;s reason</source>
        <translation>Nội dung ý kiến, nhận xét khi phê duyệt (không bắt buộc) hoặc lý do bác bỏ</translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation>Thêm ý &amp;kiến</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>&amp;Phê duyệt</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Bác bỏ</translation>
    </message>
</context>
<context>
    <name>ab::ui::ScoreChart</name>
    <message>
        <source>No sections to score.</source>
        <translation>Không có phần nào để chấm điểm.</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 trên %3</translation>
    </message>
    <message>
        <source>%1: nothing scored yet</source>
        <translation>%1: chưa có điểm</translation>
    </message>
    <message>
        <source>Compliance by section</source>
        <translation>Mức đạt theo phần</translation>
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
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <source>Compliance by section</source>
        <translation>Mức đạt theo phần</translation>
    </message>
    <message>
        <source>Bars run from 0 to the catalog&apos;s scale: red below 60%, amber below 80%, green from 80%. &quot;–&quot; marks a section with nothing scored yet. Text and date answers are recorded but not scored.</source>
        <translation>Thanh chạy từ 0 đến thang điểm của danh mục: đỏ dưới 60%, hổ phách dưới 80%, xanh lá từ 80%. “–” đánh dấu phần chưa có điểm. Câu trả lời dạng văn bản và ngày được ghi lại nhưng không tính điểm.</translation>
    </message>
    <message>
        <source>Total score: %1</source>
        <translation>Tổng điểm: %1</translation>
    </message>
    <message>
        <source>%1 of %2 applicable items answered, %3 pending.</source>
        <translation>Đã trả lời %1 trên %2 mục kiểm tra áp dụng, còn %3 mục chờ trả lời.</translation>
    </message>
    <message>
        <source>Deductions for non-compliance: %1 points.</source>
        <translation>Điểm trừ do không đạt: %1 điểm.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Non-compliant or partial items by severity: %1</source>
        <translation>Mục kiểm tra không đạt hoặc đạt một phần theo mức độ nghiêm trọng: %1</translation>
    </message>
</context>
<context>
    <name>ab::ui::SealBanner</name>
    <message>
        <source>Click to go to it.</source>
        <translation>Nhấp để chuyển tới.</translation>
    </message>
    <message>
        <source>signature not checked yet</source>
        <translation>chưa kiểm tra chữ ký</translation>
    </message>
    <message>
        <source>signature INVALID: it does not match what it signs</source>
        <translation>chữ ký KHÔNG HỢP LỆ: không khớp với nội dung được ký</translation>
    </message>
    <message>
        <source>signature valid, from a trusted authority (%1)</source>
        <translation>chữ ký hợp lệ, của tổ chức chứng thực được tin cậy (%1)</translation>
    </message>
    <message>
        <source>signature valid; not from a trusted authority (a self-signed certificate)</source>
        <translation>chữ ký hợp lệ; không phải của tổ chức chứng thực được tin cậy (chứng thư số tự ký)</translation>
    </message>
    <message>
        <source>signature valid; not from a trusted authority (issued by %1, whom this computer does not trust)</source>
        <translation>chữ ký hợp lệ; không phải của tổ chức chứng thực được tin cậy (do %1 cấp, máy tính này không tin cậy tổ chức này)</translation>
    </message>
    <message>
        <source>signature valid; its certificate chain does not verify</source>
        <translation>chữ ký hợp lệ; chuỗi chứng thư số không xác minh được</translation>
    </message>
    <message>
        <source>Review: approved by %1 on %2</source>
        <translation>Xem xét: được %1 phê duyệt vào %2</translation>
    </message>
    <message>
        <source>Review: rejected by %1 on %2</source>
        <translation>Xem xét: bị %1 bác bỏ vào %2</translation>
    </message>
    <message numerus="yes">
        <source>Review: awaiting a decision (%n comment(s))</source>
        <translation>
            <numerusform>Xem xét: đang chờ quyết định (%n ý kiến)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Stop the integrity check (you can run it again).</source>
        <translation>Dừng kiểm tra toàn vẹn (có thể chạy lại).</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Kiểm tra lại</translation>
    </message>
    <message>
        <source>Verify every evidence item, the custody log and the seal again.</source>
        <translation>Xác minh lại mọi bằng chứng, nhật ký chuỗi lưu giữ và niêm phong.</translation>
    </message>
    <message>
        <source>Sealed copy, open read-only — checking its integrity…</source>
        <translation>Bản sao đã niêm phong, mở ở chế độ chỉ đọc — đang kiểm tra tính toàn vẹn…</translation>
    </message>
    <message>
        <source>Sealed copy, open read-only — its integrity has not been checked.</source>
        <translation>Bản sao đã niêm phong, mở ở chế độ chỉ đọc — chưa kiểm tra tính toàn vẹn.</translation>
    </message>
    <message>
        <source>Sealed copy, intact: nothing changed since it was sealed.</source>
        <translation>Bản sao đã niêm phong, nguyên vẹn: không có thay đổi nào kể từ khi niêm phong.</translation>
    </message>
    <message numerus="yes">
        <source>Sealed copy, NOT INTACT: %n change(s) since it was sealed.</source>
        <translation>
            <numerusform>Bản sao đã niêm phong, KHÔNG NGUYÊN VẸN: %n thay đổi kể từ khi niêm phong.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sealed copy: the integrity check could not run: %1</source>
        <translation>Bản sao đã niêm phong: không chạy được kiểm tra toàn vẹn: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sealed by %1 on %2</source>
        <translation>Do %1 niêm phong vào %2</translation>
    </message>
    <message>
        <source>Sealed in AuditBench by %1, covering custody entries 1 to %2 (head %3).</source>
        <translation>Do %1 niêm phong trong AuditBench, bao quát các mục chuỗi lưu giữ từ 1 đến %2 (đầu chuỗi %3).</translation>
    </message>
    <message>
        <source>Certificate: %1
Issued by: %2
SHA-256 fingerprint: %3</source>
        <translation>Chứng thư số: %1
Tổ chức cấp: %2
Dấu vân tay SHA-256: %3</translation>
    </message>
</context>
<context>
    <name>ab::ui::SealedCopyExport</name>
    <message>
        <source>Export sealed copy</source>
        <translation>Xuất bản sao đã niêm phong</translation>
    </message>
    <message>
        <source>A copy is being written already.</source>
        <translation>Đang có một bản sao khác được ghi.</translation>
    </message>
    <message>
        <source>Open an inspection first.</source>
        <translation>Hãy mở một cuộc kiểm tra trước.</translation>
    </message>
    <message>
        <source>Wait until the running task has finished (or cancel it), then export the copy.</source>
        <translation>Hãy chờ tác vụ đang chạy hoàn tất (hoặc hủy nó), rồi xuất bản sao.</translation>
    </message>
    <message>
        <source>-sealed</source>
        <translation>-niem-phong</translation>
    </message>
    <message>
        <source>Inspections (*.inspection)</source>
        <translation>Tệp kiểm tra (*.inspection)</translation>
    </message>
    <message>
        <source>Seal the copy with your key: the supervisor&apos;s verify then checks that nothing changed since. Cancel to choose a plain copy instead.</source>
        <translation>Niêm phong bản sao bằng khóa của bạn: khi người giám sát xác minh, chương trình sẽ kiểm tra để bảo đảm không có gì thay đổi kể từ khi niêm phong. Chọn Hủy để ghi bản sao thường thay thế.</translation>
    </message>
    <message>
        <source>No key was chosen. Write the copy without a seal?</source>
        <translation>Chưa chọn khóa. Ghi bản sao mà không niêm phong?</translation>
    </message>
    <message>
        <source>Write a plain copy, not sealed</source>
        <translation>Ghi bản sao thường, không niêm phong</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Copying the inspection…</source>
        <translation>Đang sao chép cuộc kiểm tra…</translation>
    </message>
    <message>
        <source>Cancelled: no copy was written.</source>
        <translation>Đã hủy: không có bản sao nào được ghi.</translation>
    </message>
    <message numerus="yes">
        <source>Sealed copy %1 written (%2): %n evidence item(s) and custody head %3 (entry %4) sealed by %5.</source>
        <translation>
            <numerusform>Đã ghi bản sao đã niêm phong %1 (%2): %n bằng chứng và đầu chuỗi lưu giữ %3 (mục %4) do %5 niêm phong.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy %1 written (%2). It is not sealed: verify on it checks its custody log, but no seal vouches for it.</source>
        <translation>Đã ghi bản sao %1 (%2). Bản sao này không được niêm phong: việc xác minh bản sao sẽ kiểm tra nhật ký chuỗi lưu giữ, nhưng không có niêm phong nào bảo đảm cho bản sao.</translation>
    </message>
</context>
<context>
    <name>ab::ui::SetupPage</name>
    <message>
        <source>None recorded yet. The order or letter that authorises this inspection must be in the evidence before a report can be issued.</source>
        <translation>Chưa ghi nhận văn bản nào. Quyết định hoặc công văn cho phép cuộc kiểm tra này phải có trong bằng chứng trước khi có thể phát hành báo cáo.</translation>
    </message>
    <message>
        <source>Evidence #%1: %2</source>
        <translation>Bằng chứng #%1: %2</translation>
    </message>
    <message>
        <source>(name not read yet)</source>
        <translation>(chưa đọc tên)</translation>
    </message>
    <message>
        <source>Wait for the running task to finish (or cancel it), then save again.</source>
        <translation>Hãy chờ tác vụ đang chạy hoàn tất (hoặc hủy nó), rồi lưu lại.</translation>
    </message>
    <message>
        <source>The inspection&apos;s details are saved and recorded in the custody log.</source>
        <translation>Thông tin của cuộc kiểm tra đã được lưu và ghi vào nhật ký chuỗi lưu giữ.</translation>
    </message>
    <message>
        <source>Authorisation document</source>
        <translation>Văn bản cho phép kiểm tra</translation>
    </message>
    <message>
        <source>Choose the document (scan or PDF) of the order or letter that authorises this inspection.</source>
        <translation>Chọn tài liệu (bản quét hoặc PDF) của quyết định hoặc công văn cho phép cuộc kiểm tra này.</translation>
    </message>
    <message>
        <source>Evidence #%1 is recorded as the authorisation document.</source>
        <translation>Bằng chứng #%1 được ghi nhận là văn bản cho phép kiểm tra.</translation>
    </message>
    <message>
        <source>Who and what is inspected, by whom, and within which bounds. Changes are saved with Save (Ctrl+S) and recorded in the custody log.</source>
        <translation>Tổ chức và đối tượng nào được kiểm tra, do ai kiểm tra và trong giới hạn nào. Thay đổi được lưu bằng nút Lưu (Ctrl+S) và ghi vào nhật ký chuỗi lưu giữ.</translation>
    </message>
    <message>
        <source>Inspected organisation</source>
        <translation>Tổ chức được kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Tổ chức:</translation>
    </message>
    <message>
        <source>Loc&amp;ation:</source>
        <translation>Đị&amp;a điểm:</translation>
    </message>
    <message>
        <source>Da&amp;tes on site:</source>
        <translation>Ngày làm việc tại c&amp;hỗ:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>chưa đặt</translation>
    </message>
    <message>
        <source>Systems and security levels</source>
        <translation>Hệ thống và cấp độ an toàn</translation>
    </message>
    <message>
        <source>Inspection team</source>
        <translation>Đoàn kiểm tra</translation>
    </message>
    <message>
        <source>Authorised sco&amp;pe</source>
        <translation>&amp;Phạm vi được phép</translation>
    </message>
    <message>
        <source>One per line: 192.168.1.0/24, cam.example or 10.0.0.5:80,554</source>
        <translation>Mỗi dòng một mục: 192.168.1.0/24, cam.example hoặc 10.0.0.5:80,554</translation>
    </message>
    <message>
        <source>Only these addresses and ports are ever probed. Leave it empty and probing is refused.</source>
        <translation>Chỉ các địa chỉ và cổng này mới được thăm dò. Nếu để trống, mọi thăm dò đều bị từ chối.</translation>
    </message>
    <message>
        <source>Choose from &amp;evidence…</source>
        <translation>Chọn từ &amp;bằng chứng…</translation>
    </message>
    <message>
        <source>I&amp;mport a file…</source>
        <translation>&amp;Nhập tệp…</translation>
    </message>
    <message>
        <source>This inspection file</source>
        <translation>Tệp kiểm tra này</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>H&amp;oàn tác</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Lư&amp;u</translation>
    </message>
    <message>
        <source>Save the details (Ctrl+S)</source>
        <translation>Lưu thông tin (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>ab::ui::SigningKeyDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Duyệt…</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Khóa ký số</translation>
    </message>
    <message>
        <source>A key file (PKCS#12: .p12, .pfx)</source>
        <translation>Tệp khóa (PKCS#12: .p12, .pfx)</translation>
    </message>
    <message>
        <source>A token or smart card (PKCS#11)</source>
        <translation>Token hoặc thẻ thông minh (PKCS#11)</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Tệp &amp;khóa:</translation>
    </message>
    <message>
        <source>Choose a key file</source>
        <translation>Chọn tệp khóa</translation>
    </message>
    <message>
        <source>Key files (*.p12 *.pfx)</source>
        <translation>Tệp khóa (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Empty if the file has none</source>
        <translation>Để trống nếu tệp không có cụm mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cụm mật khẩu:</translation>
    </message>
    <message>
        <source>Token &amp;URI:</source>
        <translation>&amp;URI của token:</translation>
    </message>
    <message>
        <source>Default: p11-kit-proxy (every registered module)</source>
        <translation>Mặc định: p11-kit-proxy (mọi mô-đun đã đăng ký)</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Mô-đun:</translation>
    </message>
    <message>
        <source>Choose a PKCS#11 module</source>
        <translation>Chọn mô-đun PKCS#11</translation>
    </message>
    <message>
        <source>Modules (*.so)</source>
        <translation>Mô-đun (*.so)</translation>
    </message>
    <message>
        <source>Only when the token holds no certificate</source>
        <translation>Chỉ khi token không chứa chứng thư số</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>C&amp;hứng thư số:</translation>
    </message>
    <message>
        <source>Choose the signer&apos;s certificate</source>
        <translation>Chọn chứng thư số của người ký</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.der)</source>
        <translation>Chứng thư số (*.pem *.crt *.der)</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>Mã P&amp;IN:</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Ký</translation>
    </message>
</context>
<context>
    <name>ab::ui::SigningKeyRequest</name>
    <message>
        <source>the token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>No signing key was chosen.</source>
        <translation>Chưa chọn khóa ký số.</translation>
    </message>
    <message>
        <source>Choose the key file (.p12 or .pfx) to sign with.</source>
        <translation>Hãy chọn tệp khóa (.p12 hoặc .pfx) để ký.</translation>
    </message>
    <message>
        <source>The key file %1 does not exist.</source>
        <translation>Tệp khóa %1 không tồn tại.</translation>
    </message>
    <message>
        <source>Enter the token&apos;s PIN.</source>
        <translation>Hãy nhập mã PIN của token.</translation>
    </message>
</context>
<context>
    <name>ab::ui::SupervisorView</name>
    <message>
        <source>the seal cannot be read.</source>
        <translation>không đọc được niêm phong.</translation>
    </message>
    <message>
        <source>the seal was not found by the check.</source>
        <translation>quá trình kiểm tra không tìm thấy niêm phong.</translation>
    </message>
</context>
<context>
    <name>ab::ui::SystemsEditor</name>
    <message>
        <source>Type the system&apos;s name first.</source>
        <translation>Hãy nhập tên hệ thống trước.</translation>
    </message>
    <message>
        <source>System name, e.g. CCTV platform</source>
        <translation>Tên hệ thống, ví dụ: nền tảng camera giám sát</translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation>&amp;Cấp độ:</translation>
    </message>
    <message>
        <source>A&amp;dd system</source>
        <translation>Thê&amp;m hệ thống</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Hệ thống</translation>
    </message>
    <message>
        <source>Security level</source>
        <translation>Cấp độ an toàn</translation>
    </message>
    <message>
        <source>Enter adds the system; F2 edits a name or level in the table; Delete removes a row.</source>
        <translation>Enter để thêm hệ thống; F2 để sửa tên hoặc cấp độ trong bảng; Delete để xóa một dòng.</translation>
    </message>
</context>
<context>
    <name>ab::ui::TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ab::ui::TeamEditor</name>
    <message>
        <source>Nobody named yet. The last inspector in the list is the team leader, who signs the report.</source>
        <translation>Chưa nêu tên ai. Thành viên cuối cùng trong danh sách là trưởng đoàn, người ký báo cáo.</translation>
    </message>
    <message>
        <source>Team leader (the last in the list; signs the report): %1</source>
        <translation>Trưởng đoàn (người cuối cùng trong danh sách; ký báo cáo): %1</translation>
    </message>
    <message>
        <source>Inspector&apos;s name</source>
        <translation>Tên thành viên đoàn kiểm tra</translation>
    </message>
    <message>
        <source>Add inspe&amp;ctor</source>
        <translation>Thêm thành &amp;viên</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Chuyển &amp;xuống</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
</context>
<context>
    <name>ab::ui::VerificationText</name>
    <message>
        <source>trusted</source>
        <translation>được tin cậy</translation>
    </message>
    <message>
        <source>not trusted by this computer (self-signed)</source>
        <translation>không được máy tính này tin cậy (tự ký)</translation>
    </message>
    <message>
        <source>not trusted by this computer (issuer unknown)</source>
        <translation>không được máy tính này tin cậy (không rõ tổ chức cấp)</translation>
    </message>
    <message>
        <source>not trusted (the certificate chain does not verify)</source>
        <translation>không được tin cậy (chuỗi chứng thư số không xác minh được)</translation>
    </message>
    <message>
        <source>Every signature is valid and the last one covers the whole file.</source>
        <translation>Mọi chữ ký đều hợp lệ và chữ ký cuối cùng bao quát toàn bộ tệp.</translation>
    </message>
    <message>
        <source>This PDF cannot be relied on as signed: see the problems above.</source>
        <translation>Không thể coi tệp PDF này là văn bản đã ký đáng tin cậy: xem các vấn đề nêu trên.</translation>
    </message>
    <message>
        <source>The file carries no digital signature.</source>
        <translation>Tệp không có chữ ký số.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>thời điểm không xác định</translation>
    </message>
    <message>
        <source>Signature %1 (%2) is valid: signed by %3 on %4.</source>
        <translation>Chữ ký %1 (%2) hợp lệ: do %3 ký vào %4.</translation>
    </message>
    <message>
        <source>Signature %1 (%2) is NOT valid: signed by %3 on %4.</source>
        <translation>Chữ ký %1 (%2) KHÔNG hợp lệ: do %3 ký vào %4.</translation>
    </message>
    <message>
        <source>    Certificate %1, %2%3.</source>
        <translation>    Chứng thư số %1, %2%3.</translation>
    </message>
    <message>
        <source>, expired since signing</source>
        <translation>, đã hết hạn kể từ khi ký</translation>
    </message>
    <message>
        <source>    It covers the whole file.</source>
        <translation>    Chữ ký bao quát toàn bộ tệp.</translation>
    </message>
    <message numerus="yes">
        <source>    It covers the first %n byte(s); more was added after it.</source>
        <translation>
            <numerusform>    Chữ ký bao quát %n byte đầu tiên; có nội dung được thêm vào sau chữ ký.</numerusform>
        </translation>
    </message>
    <message>
        <source>    Problem: %1</source>
        <translation>    Vấn đề: %1</translation>
    </message>
    <message>
        <source>    Changed after this signature: %1</source>
        <translation>    Bị thay đổi sau chữ ký này: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Vấn đề: %1</translation>
    </message>
    <message>
        <source>Inspection: %1</source>
        <translation>Cuộc kiểm tra: %1</translation>
    </message>
    <message numerus="yes">
        <source>Inspection: matches %1 (same inspection, custody chain head and %n evidence item(s)).</source>
        <translation>
            <numerusform>Cuộc kiểm tra: khớp với %1 (cùng cuộc kiểm tra, đầu chuỗi lưu giữ và %n bằng chứng).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ab::ui::VerifyBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Ẩn</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n evidence item(s) re-hashed (%1), %2 custody entries chained; head %3.</source>
        <translation>
            <numerusform>Toàn vẹn: đã băm lại %n bằng chứng (%1), %2 mục chuỗi lưu giữ liên kết đúng; đầu chuỗi %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NOT INTACT: %n problem(s) found. The inspection was altered or damaged after it was recorded.</source>
        <translation>
            <numerusform>KHÔNG TOÀN VẸN: phát hiện %n vấn đề. Cuộc kiểm tra đã bị sửa đổi hoặc hư hỏng sau khi được ghi nhận.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification could not run: %1</source>
        <translation>Không thể chạy xác minh: %1</translation>
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
        <translation>Mở một tệp kiểm tra để xem bằng chứng, nhật ký chuỗi lưu giữ và xác minh toàn vẹn, hoặc tạo cuộc kiểm tra mới cho chuyến kiểm tra tại chỗ. Mỗi cuộc kiểm tra là một tệp được mã hóa.</translation>
    </message>
    <message>
        <source>New inspection…</source>
        <translation>Cuộc kiểm tra mới…</translation>
    </message>
    <message>
        <source>Open inspection…</source>
        <translation>Mở cuộc kiểm tra…</translation>
    </message>
    <message>
        <source>Open the sample inspection</source>
        <translation>Mở cuộc kiểm tra mẫu</translation>
    </message>
</context>
<context>
    <name>ab::ui::WidgetDialogProvider</name>
    <message>
        <source>Open inspection</source>
        <translation>Mở cuộc kiểm tra</translation>
    </message>
    <message>
        <source>Inspections (*.inspection)</source>
        <translation>Tệp kiểm tra (*.inspection)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>Thêm tệp bằng chứng</translation>
    </message>
    <message>
        <source>Add an evidence folder</source>
        <translation>Thêm thư mục bằng chứng</translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation>Xuất bằng chứng</translation>
    </message>
    <message>
        <source>Override a probe&apos;s answer</source>
        <translation>Thay thế câu trả lời của phép dò</translation>
    </message>
    <message>
        <source>%1 was answered by a probe. Why does your answer replace it? The reason is kept with the answer.</source>
        <translation>%1 đã được phép dò trả lời. Vì sao câu trả lời của bạn thay thế nó? Lý do sẽ được lưu cùng câu trả lời.</translation>
    </message>
</context>
</TS>
