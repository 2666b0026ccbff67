import CReadline
import Glibc

/// A line editor's completion source: given the line before the caret and the word at its end
/// that the editor will replace (readline breaks words at quotes and brackets, so in `d['W` the
/// word is `W`), the full replacements for that word.
public typealias LineCompletion = (_ line: String, _ word: String) -> [String]

/// The state GNU readline's C callbacks share with Swift, and the callbacks themselves.
///
/// readline is one global state machine and its hooks are C function pointers that cannot
/// capture context, so everything they need lives in static variables here. Only one editor
/// (the notebook's `ReadlineEditor` or the plain `LineREPL`) drives readline at a time, always
/// from the main thread.
enum ReadlineBridge {
  /// Bytes waiting to be read by readline (whole UTF-8 sequences, so Ctrl-R search with CJK works).
  nonisolated(unsafe) static var pending: [UInt8] = []
  /// Lines (or `nil` for end of input) accepted since the last look.
  nonisolated(unsafe) static var accepted: [String?] = []
  /// Completion candidates readline asked us to display, or `[]`.
  nonisolated(unsafe) static var displayedMatches: [String] = []
  /// Called with each accepted line inside the handler (the plain REPL evaluates there).
  nonisolated(unsafe) static var onLine: ((String?) -> Void)?
  /// The app's completion source: (the line before the caret, the word readline replaces) →
  /// full replacements for that word.
  nonisolated(unsafe) static var complete: LineCompletion = { _, _ in [] }
  nonisolated(unsafe) private static var candidates: [String] = []
  nonisolated(unsafe) private static var candidateIndex = 0

  /// Word breaks without `.`, so `np.ze` reaches the completer whole and `np.zeros` replaces it,
  /// and without quotes: readline closes a word that a quote began with that quote, which would
  /// turn the key completion `d['W1']` into `d['W1']'`.
  nonisolated(unsafe) static let wordBreakCharacters = strdup(" \t\n\\`@$><=;|&{(,[+-*/%")!
  nonisolated(unsafe) static let applicationName = strdup("backprop")!

  /// Sets the completion hooks and readline variables shared by both editors.
  static func configureCommon() {
    cr_set_readline_name(applicationName)
    cr_set_word_break_characters(wordBreakCharacters)
    cr_set_attempted_completion(attemptCompletion)
    rl_variable_bind("bell-style", "none")
    rl_variable_bind("enable-bracketed-paste", "off")
    using_history()
  }

  static let lineHandler: @convention(c) (UnsafeMutablePointer<CChar>?) -> Void = { line in
    let text = line.map { String(cString: $0) }
    if let line {
      if !(text ?? "").allSatisfy({ $0 == " " || $0 == "\t" }) { add_history(line) }
      free(line)
    }
    accepted.append(text)
    onLine?(text)
  }

  static let getCharacter: @convention(c) (UnsafeMutablePointer<FILE>?) -> Int32 = { _ in
    pending.isEmpty ? EOF : Int32(pending.removeFirst())
  }

  static let inputAvailable: @convention(c) () -> Int32 = { pending.isEmpty ? 0 : 1 }

  /// The notebook draws the line itself from readline's buffer; nothing is written here.
  static let recordOnly: @convention(c) () -> Void = {}

  static let displayMatches:
    @convention(c) (UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, Int32, Int32) -> Void = {
      matches, count, _ in
      guard let matches, count > 0 else { return }
      displayedMatches = (1...Int(count)).compactMap { matches[$0].map { String(cString: $0) } }
    }

  private static let attemptCompletion:
    @convention(c) (UnsafePointer<CChar>?, Int32, Int32) -> UnsafeMutablePointer<
      UnsafeMutablePointer<CChar>?
    >? = {
      text, _, _ in
      cr_set_completion_over(1)  // never fall back to file names
      cr_set_completion_append_character(0)  // Python names: no space after a completion
      let word = text.map { String(cString: $0) } ?? ""
      let buffer = Array(String(cString: cr_line_buffer()).utf8)
      let line = String(decoding: buffer.prefix(max(0, min(Int(cr_point()), buffer.count))), as: UTF8.self)
      candidates = complete(line, word)
      return rl_completion_matches(text, nextCandidate)
    }

  private static let nextCandidate:
    @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>? = {
      _, state in
      if state == 0 { candidateIndex = 0 }
      guard candidateIndex < candidates.count else { return nil }
      defer { candidateIndex += 1 }
      return strdup(candidates[candidateIndex])  // readline frees it
    }
}
