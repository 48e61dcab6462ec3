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
        <source>The inspection is open read-only.</source>
        <translation>Cuộc kiểm tra đang mở ở chế độ chỉ đọc.</translation>
    </message>
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
        <source>Re-hash every evidence item, walk the custody chain and check the schema.</source>
        <translation>Băm lại mọi bằng chứng, duyệt chuỗi lưu giữ và kiểm tra lược đồ.</translation>
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
        <translation>auditbench-cli — xử lý tệp kiểm tra AuditBench từ dòng lệnh.

Cách dùng: auditbench-cli COMMAND FILE [tùy chọn]   (COMMAND --help để xem chi tiết)

Các lệnh:
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

Cụm mật khẩu lấy từ AUDITBENCH_PASSPHRASE hoặc --passphrase-file FILE, không bao giờ từ tham số dòng lệnh.
Mã thoát: 0 thành công, 1 phát hiện vấn đề, 2 sai cách dùng, 3 đầu vào không hợp lệ hoặc sai cụm mật khẩu, 4 lỗi I/O.
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
        <source>&amp;Filter:</source>
        <translation>&amp;Lọc:</translation>
    </message>
    <message>
        <source>Name, kind, hash, item or person</source>
        <translation>Tên, loại, mã băm, mục hoặc người</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Thêm tệ&amp;p…</translation>
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
</context>
<context>
    <name>ab::ui::EvidencePickerDialog</name>
    <message>
        <source>Attach evidence</source>
        <translation>Đính kèm bằng chứng</translation>
    </message>
    <message>
        <source>Select the evidence that supports this answer (click to select or deselect).</source>
        <translation>Chọn bằng chứng hỗ trợ câu trả lời này (nhấp để chọn hoặc bỏ chọn).</translation>
    </message>
</context>
<context>
    <name>ab::ui::InspectionWidget</name>
    <message>
        <source>Cannot read the inspection</source>
        <translation>Không đọc được cuộc kiểm tra</translation>
    </message>
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
        <source>&amp;Overview</source>
        <translation>Tổng &amp;quan</translation>
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
</context>
<context>
    <name>ab::ui::NewInspectionDialog</name>
    <message>
        <source>New inspection</source>
        <translation>Cuộc kiểm tra mới</translation>
    </message>
    <message>
        <source>China: MIIT inspection (cn-miit)</source>
        <translation>Trung Quốc: kiểm tra của MIIT (cn-miit)</translation>
    </message>
    <message>
        <source>Viet Nam: MIC inspection (vn-mic)</source>
        <translation>Việt Nam: kiểm tra của Bộ TT-TT (vn-mic)</translation>
    </message>
    <message>
        <source>&amp;Regime:</source>
        <translation>&amp;Chế độ kiểm tra:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Tổ chức:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>Đị&amp;a điểm:</translation>
    </message>
    <message>
        <source>System name</source>
        <translation>Tên hệ thống</translation>
    </message>
    <message>
        <source>Level </source>
        <translation>Cấp </translation>
    </message>
    <message>
        <source>&amp;Add system</source>
        <translation>Thêm hệ thố&amp;ng</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Gỡ bỏ</translation>
    </message>
    <message>
        <source>&amp;Systems:</source>
        <translation>&amp;Hệ thống:</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>Mỗi dòng một tên</translation>
    </message>
    <message>
        <source>&amp;Inspectors:</source>
        <translation>Cán &amp;bộ kiểm tra:</translation>
    </message>
    <message>
        <source>One per line: 192.168.1.0/24, cam.example or 10.0.0.5:80,554</source>
        <translation>Mỗi dòng một mục: 192.168.1.0/24, cam.example hoặc 10.0.0.5:80,554</translation>
    </message>
    <message>
        <source>Authorised s&amp;cope:</source>
        <translation>Phạm &amp;vi được phép:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Duyệt…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Tệ&amp;p:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Cụm &amp;mật khẩu:</translation>
    </message>
    <message>
        <source>Passphrase (&amp;again):</source>
        <translation>Nhập &amp;lại cụm mật khẩu:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <source>A system needs a name without &quot;:&quot;.</source>
        <translation>Hệ thống cần có tên và không chứa &quot;:&quot;.</translation>
    </message>
    <message>
        <source>%1 (level %2)</source>
        <translation>%1 (cấp %2)</translation>
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
        <source>Choose where to save the inspection file.</source>
        <translation>Hãy chọn nơi lưu tệp kiểm tra.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name.</source>
        <translation>%1 đã tồn tại; hãy chọn tên tệp khác.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>Cụm mật khẩu cần ít nhất %n ký tự.</numerusform>
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
    <message>
        <source>(not recorded)</source>
        <translation>(chưa ghi nhận)</translation>
    </message>
    <message>
        <source>%1: security level %2</source>
        <translation>%1: cấp độ an toàn %2</translation>
    </message>
    <message>
        <source>(none: probing is refused)</source>
        <translation>(không có: mọi thăm dò bị từ chối)</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>(chưa có ai)</translation>
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
        <source>Organisation:</source>
        <translation>Tổ chức:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Địa điểm:</translation>
    </message>
    <message>
        <source>Systems:</source>
        <translation>Hệ thống:</translation>
    </message>
    <message>
        <source>Authorised scope:</source>
        <translation>Phạm vi được phép:</translation>
    </message>
    <message>
        <source>Inspection team:</source>
        <translation>Đoàn kiểm tra:</translation>
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
        <source>Findings (%1)</source>
        <translation>Phát hiện (%1)</translation>
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
        <source>Start probin&amp;g</source>
        <translation>&amp;Bắt đầu thăm dò</translation>
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
    <name>ab::ui::TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
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
