import Glibc

/// Where the REPL keeps its history between sessions, and creating that folder.
public enum HistoryFile {
  /// Lines kept in the file.
  public static let capacity: Int32 = 1000

  /// `$XDG_STATE_HOME/backprop/history`, else `$HOME/.local/state/backprop/history`;
  /// `nil` when neither variable is set (history then lives only in memory).
  public static func path(environment: [String: String]) -> String? {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return state + "/backprop/history"
    }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return home + "/.local/state/backprop/history"
  }

  /// Creates the folders above `path` (like `mkdir -p`), ignoring those that exist.
  static func createParentFolders(of path: String) {
    var prefix = ""
    for component in path.split(separator: "/").dropLast() {
      prefix += "/" + component
      mkdir(prefix, 0o700)
    }
  }
}
