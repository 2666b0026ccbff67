/// A stable hash of a text (64-bit FNV-1a over its UTF-8 bytes, as 16 hex digits).
///
/// LessonProgress stores it per lesson and per exercise to notice edits; it must never change
/// between versions, so it is written out here rather than taken from `Hasher` (which is
/// seeded per process).
enum ContentHash {
  static func of(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
