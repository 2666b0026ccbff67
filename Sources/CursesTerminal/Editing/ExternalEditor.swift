import Glibc
import NotebookUI

/// Edits an exercise's code in the learner's own editor (`$VISUAL`, else `$EDITOR`).
///
/// The code goes to a temporary `<exercise>.py` in a private folder, the editor runs in the
/// foreground through `/bin/sh` (so `EDITOR="code --wait"` works), and the file is read back.
/// The learner's code is never lost: an editor that fails or exits non-zero, or a file left
/// empty, gives `.kept` with the reason, and the caller keeps the code it had.
public enum ExternalEditor {
  /// The editor command the environment names, if any.
  public static func command(environment: [String: String]) -> String? {
    for name in ["VISUAL", "EDITOR"] {
      if let value = environment[name], !value.allSatisfy(\.isWhitespace) { return value }
    }
    return nil
  }

  /// Runs `command` on a temporary file holding `code`; blocks until the editor exits.
  public static func edit(_ code: String, fileName: String, command: String) -> EditOutcome {
    let base = String(cString: getenv("TMPDIR") ?? strdup("/tmp"))
    var template = Array((base + "/backprop-edit-XXXXXX").utf8CString)
    guard let folder = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) })
    else {
      return .kept(reason: "No temporary file for the editor, so your code was kept as it was.")
    }
    let path = String(cString: folder) + "/" + fileName
    defer {
      unlink(path)
      rmdir(String(cString: folder))
    }
    guard write(code, to: path) else {
      return .kept(reason: "The code could not be written for the editor; it was kept as it was.")
    }
    let status = run(command, on: path)
    guard status == 0 else {
      let what = status < 0 ? "could not be started" : "exited with status \(status)"
      return .kept(reason: "The editor (\(command)) \(what), so your code was kept as it was.")
    }
    guard var edited = read(path) else {
      return .kept(reason: "The edited file could not be read, so your code was kept as it was.")
    }
    guard !edited.allSatisfy(\.isWhitespace) else {
      return .kept(reason: "The file was left empty, so your code was kept as it was.")
    }
    // Editors end the file with a newline the starter may not have had.
    if edited.hasSuffix("\n") && !code.hasSuffix("\n") { edited.removeLast() }
    return edited == code ? .unchanged : .changed(edited)
  }

  /// Runs `sh -c 'command "$1"' sh path` with the terminal's signals going to the editor alone;
  /// returns its exit status, or -1 when it could not start.
  private static func run(_ command: String, on path: String) -> Int32 {
    let ignored = [SIGINT, SIGQUIT]
    let previous = ignored.map { signal($0, SIG_IGN) }
    defer { for (number, handler) in zip(ignored, previous) { signal(number, handler) } }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for number in ignored { sigaddset(&defaults, number) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
    let arguments = ["sh", "-c", command + " \"$1\"", "sh", path]
    var pointers: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for pointer in pointers { free(pointer) } }
    var pid = pid_t()
    guard posix_spawn(&pid, "/bin/sh", nil, &attributes, &pointers, environ) == 0 else {
      return -1
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 {
      guard errno == EINTR else { return -1 }
    }
    // WIFEXITED / WEXITSTATUS are macros: the low 7 bits are 0 on a normal exit.
    return status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
  }

  private static func write(_ text: String, to path: String) -> Bool {
    guard let file = fopen(path, "w") else { return false }
    let bytes = Array(text.utf8)
    let written = fwrite(bytes, 1, bytes.count, file)
    return fclose(file) == 0 && written == bytes.count
  }

  private static func read(_ path: String) -> String? {
    guard let file = fopen(path, "r") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = fread(&buffer, 1, buffer.count, file)
      bytes += buffer[..<count]
      if count < buffer.count { break }
    }
    return String(validating: bytes, as: UTF8.self)
  }
}
