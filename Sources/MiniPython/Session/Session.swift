/// One interpreter session: the entry point for `backprop run`, the REPL and notebook cells.
///
/// ```swift
/// let session = Session()
/// let result = session.run(source: "print(1 + 1)", fileName: "demo.py")
/// result.text   // "2\n"
/// ```
/// Outputs are collected in the result and also streamed to `output` as they happen. A session
/// is used from one thread at a time; each run executes on a thread of its own with a large stack
/// and is joined before `run` returns, which is why the class is `@unchecked Sendable`.
/// Raise `interrupt` from any thread to stop a running script with `KeyboardInterrupt`.
public final class Session: @unchecked Sendable {
  /// The interpreter holding this session's variables and modules.
  public let interpreter: Interpreter
  /// Raise to interrupt the running code (Ctrl-C).
  public let interrupt: InterruptFlag
  private let output: @Sendable (Output) -> Void

  /// Creates a session.
  ///
  /// - Parameters:
  ///   - modules: the importable modules (`.standard` has all of Backprop's).
  ///   - output: receives each output as it is produced, on the running thread.
  public init(
    modules: ModuleRegistry = .standard, output: @escaping @Sendable (Output) -> Void = { _ in }
  ) {
    let interrupt = InterruptFlag()
    self.interrupt = interrupt
    self.output = output
    self.interpreter = Interpreter(modules: modules, interrupt: interrupt)
  }

  deinit {
    interpreter.globals.clear()
  }

  /// Runs a script; an uncaught exception ends it and is returned as `error`.
  public func run(source: String, fileName: String = "<string>") -> RunResult {
    execute(source: source, fileName: fileName, echo: false)
  }

  /// Runs REPL input: like `run`, but an expression statement's value is echoed with `repr`
  /// (not `None`) and bound to `_`, as Python's interactive prompt does.
  public func evaluateInteractive(_ source: String, fileName: String = "<stdin>") -> RunResult {
    execute(source: source, fileName: fileName, echo: true)
  }

  private func execute(source: String, fileName: String, echo: Bool) -> RunResult {
    interrupt.reset()
    let collector = OutputCollector(forward: output)
    let interpreter = self.interpreter
    LargeStackThread.run {
      interpreter.sink = { collector.append($0) }
      defer { interpreter.sink = { _ in } }
      if let error = interpreter.execute(source: source, fileName: fileName, echo: echo) {
        collector.fail(error)
      }
      // A script or cell ends by drawing the figures it left open, as Jupyter's inline backend does.
      if !echo { Pyplot.showOpenFigures(in: interpreter) }
    }
    return collector.result
  }

  /// Whether REPL input is an unfinished block or bracket, so the prompt should show `...`.
  ///
  /// `source` is the lines typed so far joined with `"\n"`; a trailing `"\n"` means the last
  /// line typed was empty, which ends a block as in Python's REPL. Unclosed brackets,
  /// unterminated triple-quoted strings, a trailing `:` or `\`, and an indented block not yet
  /// ended by an empty line need more input.
  public static func needsMoreInput(_ source: String) -> Bool {
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    let lastLine = lines.last(where: { !$0.allSatisfy(\.isWhitespace) }) ?? ""
    let trimmed = String(lastLine).trimmingWhitespace()
    if trimmed.isEmpty { return false }
    if trimmed.hasSuffix("\\") && lines.last == lastLine { return true }
    do {
      _ = try Lexer.tokenize(source)
    } catch {
      return error.message.contains("was never closed") || error.message.contains("triple-quoted")
    }
    if trimmed.hasSuffix(":") || trimmed.hasSuffix("\\") { return true }
    let opensBlock = lines.contains { line in
      let text = String(line)
      return text.first == " " || text.first == "\t"
    }
    let endsWithBlank = source.hasSuffix("\n\n") || lines.last?.allSatisfy(\.isWhitespace) == true && lines.count > 1
    return opensBlock && !endsWithBlank
  }

  /// Names a learner may mean at the end of `line`: variables, built-ins, keywords, attributes
  /// after `obj.`, module members after `np.`, and dict keys after `d["`.
  public func completions(for line: String) -> Completions {
    Completer(interpreter: interpreter).complete(line)
  }
}

/// The result of running code: every output in order, and the uncaught error if any.
public struct RunResult: Sendable {
  /// Text, plots and diagnostics, in the order produced.
  public var outputs: [Output]
  /// The uncaught exception or syntax error that ended the run.
  public var error: ScriptError?

  /// Every text output joined (what `print` wrote).
  public var text: String {
    outputs.reduce(into: "") { text, output in
      if case .text(let piece) = output { text += piece }
    }
  }
}

/// Gathers outputs on the running thread; read after the thread has been joined.
private final class OutputCollector: @unchecked Sendable {
  private(set) var result = RunResult(outputs: [], error: nil)
  let forward: @Sendable (Output) -> Void

  init(forward: @escaping @Sendable (Output) -> Void) {
    self.forward = forward
  }

  func append(_ output: Output) {
    if case .text(let piece) = output, case .text(let previous)? = result.outputs.last {
      result.outputs[result.outputs.count - 1] = .text(previous + piece)
    } else {
      result.outputs.append(output)
    }
    forward(output)
  }

  func fail(_ error: ScriptError) {
    result.error = error
    let output = Output.diagnostic(error)
    result.outputs.append(output)
    forward(output)
  }
}
