/// A raised Python exception travelling up the Swift stack: the exception object and its traceback.
///
/// Built-ins and host modules throw `PyException(.valueError, "message", help: "…")`; the
/// interpreter appends a traceback frame for every Python function it unwinds through.
/// An exception never leaves the session's thread (it becomes a `ScriptError` at the boundary),
/// which is why the class is `@unchecked Sendable`.
public final class PyException: Error, @unchecked Sendable {
  /// The exception object (an instance of an exception class).
  public let value: PyValue
  /// An optional hint printed after the error line as `help: …`.
  public var help: String?
  /// Frames unwound so far, innermost last once complete.
  var traceback: [TracebackFrame] = []
  /// Whether the innermost frame's line has been recorded.
  var recordedFrames = 0

  /// Creates an exception of a built-in type with a message.
  public init(_ kind: ExceptionKind, _ message: String, help: String? = nil) {
    let args: [PyValue] = message.isEmpty ? [] : [.str(message)]
    self.value = .instance(PyInstance(cls: kind.cls, attributes: ["args": .tuple(args)]))
    self.help = help
  }

  /// Creates `KeyError(key)`; its message is the key's repr.
  public init(keyError key: PyValue) {
    self.value = .instance(PyInstance(cls: ExceptionKind.keyError.cls, attributes: ["args": .tuple([key])]))
  }

  /// Wraps an exception object raised by a script.
  init(instance: PyInstance) {
    self.value = .instance(instance)
  }

  /// The exception class.
  public var cls: PyClass {
    if case .instance(let object) = value { return object.cls }
    return ExceptionKind.exception.cls
  }

  /// The exception's type name (`"ValueError"`).
  public var typeName: String { cls.name }

  /// The exception's arguments (`e.args`).
  public var args: [PyValue] {
    if case .instance(let object) = value, case .tuple(let items)? = object.attribute("args") {
      return items
    }
    return []
  }

  /// Whether this exception is an instance of `kind` or a subclass.
  public func matches(_ kind: ExceptionKind) -> Bool { cls.isSubclass(of: kind.cls) }
}
