import Glibc

/// The process's standard output or error, written unbuffered with `write(2)`.
///
/// Each call writes all of its text before returning (retrying short writes and interrupted
/// calls), so training progress appears live and lines from two streams do not interleave
/// mid-line. Foundation's `FileHandle` is not used: the binary links only FoundationEssentials.
enum StandardStream: Int32 {
  case output = 1
  case error = 2

  func write(_ text: String) {
    var text = text
    text.withUTF8 { bytes in
      var sent = 0
      while sent < bytes.count {
        let result = Glibc.write(rawValue, bytes.baseAddress! + sent, bytes.count - sent)
        if result > 0 {
          sent += result
        } else if result < 0 && errno == EINTR {
          continue
        } else {
          return  // a closed pipe or a full disk: nothing more can be shown
        }
      }
    }
  }
}
