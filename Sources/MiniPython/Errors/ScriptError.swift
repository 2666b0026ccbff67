/// A line and column in a source file, both counted from 1.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public var description: String { "\(line):\(column)" }
}

/// One frame of a traceback: where a Python function was when the error passed through it.
public struct TracebackFrame: Equatable, Sendable {
  /// The file name as given to `run` (`"train.py"`, `"<stdin>"`).
  public var file: String
  /// The line, from 1.
  public var line: Int
  /// The function name, or `"<module>"`.
  public var function: String
  /// The text of that line (without indentation), or `nil` when unknown.
  public var sourceLine: String?

  public init(file: String, line: Int, function: String, sourceLine: String?) {
    self.file = file
    self.line = line
    self.function = function
    self.sourceLine = sourceLine
  }
}

/// A learner-facing error from running a script: a Python exception with its traceback, or a
/// syntax error pointing at a column.
///
/// `description` is exactly what CPython prints:
/// ```
/// Traceback (most recent call last):
///   File "x.py", line 3, in f
///     y = 1/0
/// ZeroDivisionError: division by zero
/// ```
/// followed by `help: …` when a likely cause is known.
public struct ScriptError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The exception type name (`"ZeroDivisionError"`, `"SyntaxError"`).
  public var typeName: String
  /// The message (`str(e)`), possibly empty.
  public var message: String
  /// A hint printed as `help: …`.
  public var help: String?
  /// The frames, outermost first (empty for a syntax error).
  public var traceback: [TracebackFrame]
  /// For a syntax error: the file, the location and the offending line.
  public var syntax: SyntaxPosition?

  /// Where a syntax error was found.
  public struct SyntaxPosition: Equatable, Sendable {
    public var file: String
    public var location: SourceLocation
    public var sourceLine: String
  }

  public init(
    typeName: String, message: String, help: String? = nil, traceback: [TracebackFrame] = [],
    syntax: SyntaxPosition? = nil
  ) {
    self.typeName = typeName
    self.message = message
    self.help = help
    self.traceback = traceback
    self.syntax = syntax
  }

  /// The last line of the traceback: `"ZeroDivisionError: division by zero"`.
  public var lastLine: String {
    message.isEmpty ? typeName : "\(typeName): \(message)"
  }

  public var description: String {
    var lines: [String] = []
    if let syntax {
      lines.append("  File \"\(syntax.file)\", line \(syntax.location.line)")
      let stripped = syntax.sourceLine.drop { $0 == " " || $0 == "\t" }
      let removed = syntax.sourceLine.count - stripped.count
      let caret = max(0, syntax.location.column - 1 - removed)
      lines.append("    " + stripped)
      lines.append("    " + String(repeating: " ", count: caret) + "^")
    } else if !traceback.isEmpty {
      lines.append("Traceback (most recent call last):")
      var index = 0
      while index < traceback.count {
        let frame = traceback[index]
        var run = 1
        while index + run < traceback.count && traceback[index + run] == frame { run += 1 }
        for _ in 0..<min(run, 3) {
          lines.append("  File \"\(frame.file)\", line \(frame.line), in \(frame.function)")
          if let source = frame.sourceLine, !source.isEmpty { lines.append("    " + source) }
        }
        if run > 3 {
          let more = run - 3
          lines.append("  [Previous line repeated \(more) more time\(more == 1 ? "" : "s")]")
        }
        index += run
      }
    }
    lines.append(lastLine)
    if let help { lines.append("help: " + help) }
    return lines.joined(separator: "\n")
  }
}
