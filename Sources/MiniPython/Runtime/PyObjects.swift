/// A user-defined Python function: compiled code plus its defaults and captured cells.
public final class PyFunction {
  let code: FunctionCode
  let defaults: [PyValue]
  let keywordDefaults: [String: PyValue]
  let closure: [Cell]
  let globals: Globals
  /// The class whose body defined this function, for `super()`.
  var definingClass: PyClass?

  init(
    code: FunctionCode, defaults: [PyValue], keywordDefaults: [String: PyValue], closure: [Cell],
    globals: Globals
  ) {
    self.code = code
    self.defaults = defaults
    self.keywordDefaults = keywordDefaults
    self.closure = closure
    self.globals = globals
  }

  /// The function's name (`__name__`).
  public var name: String { code.name }
}

/// A function bound to the object it was looked up on (`obj.method`).
public final class PyBoundMethod {
  /// The object passed as the first argument (`self`).
  public let receiver: PyValue
  /// The function called: a `.function` or a `.builtin`.
  public let function: PyValue

  /// Binds `function` to `receiver`.
  public init(receiver: PyValue, function: PyValue) {
    self.receiver = receiver
    self.function = function
  }
}

/// An instance of a user class (or of a built-in exception type).
///
/// The attributes sit in a buffer indexed by the class's `AttributeLayout` (`nil`: not set on
/// this instance), so call sites can cache where `self.W` lives; `attributes` offers them as a
/// dictionary.
public final class PyInstance {
  /// The instance's class.
  public let cls: PyClass
  /// Where each attribute name lives in `values`.
  let layout: AttributeLayout
  // A manually managed buffer rather than an array (as `Frame.slots`): storing an attribute is a
  // plain store, with no uniqueness check or buffer reference count.
  private var values: UnsafeMutablePointer<PyValue?>
  private var capacity: Int

  /// Creates an instance with the given attributes.
  public init(cls: PyClass, attributes: [String: PyValue] = [:]) {
    self.cls = cls
    // Built-in classes are shared by every session: their instances do not share a layout.
    self.layout = cls.isBuiltin ? AttributeLayout() : cls.instanceLayout
    // Room for every attribute other instances of the class have, so `__init__` does not regrow it.
    capacity = max(layout.count, 2)
    values = .allocate(capacity: capacity)
    values.initialize(repeating: nil, count: capacity)
    for (name, value) in attributes.sorted(by: { $0.key < $1.key }) { setAttribute(name, value) }
  }

  deinit {
    values.deinitialize(count: capacity)
    values.deallocate()
  }

  /// The instance attributes (`__dict__`).
  public var attributes: [String: PyValue] {
    get {
      var result: [String: PyValue] = [:]
      for index in 0..<min(capacity, layout.count) {
        if let value = values[index] { result[layout.names[index]] = value }
      }
      return result
    }
    set {
      for index in 0..<capacity { values[index] = nil }
      for (name, value) in newValue.sorted(by: { $0.key < $1.key }) { setAttribute(name, value) }
    }
  }

  /// The attribute `name` set on this instance (not looking at its class).
  public func attribute(_ name: String) -> PyValue? {
    guard let index = layout.index(of: name) else { return nil }
    return value(at: index)
  }

  /// Sets the attribute `name` on this instance.
  public func setAttribute(_ name: String, _ value: PyValue) {
    setValue(value, at: layout.add(name))
  }

  /// Removes the attribute `name`; returns whether it was set.
  @discardableResult
  public func removeAttribute(_ name: String) -> Bool {
    guard let index = layout.index(of: name), hasValue(at: index) else { return false }
    values[index] = nil
    return true
  }

  @inline(__always)
  func value(at index: Int) -> PyValue? {
    index < capacity ? values[index] : nil
  }

  @inline(__always)
  func hasValue(at index: Int) -> Bool {
    guard index < capacity else { return false }
    if values[index] == nil { return false }
    return true
  }

  @inline(__always)
  func setValue(_ value: consuming PyValue, at index: Int) {
    if index >= capacity { grow(to: index + 1) }
    values[index] = value
  }

  private func grow(to count: Int) {
    let grown = UnsafeMutablePointer<PyValue?>.allocate(capacity: max(count, capacity * 2))
    let newCapacity = max(count, capacity * 2)
    grown.moveInitialize(from: values, count: capacity)
    (grown + capacity).initialize(repeating: nil, count: newCapacity - capacity)
    values.deallocate()
    values = grown
    capacity = newCapacity
  }
}

/// An object's identity for caches: a cache that holds the token strongly keeps its address from
/// being reused, so `token === cached` says "the same object" without a weak reference.
final class Identity {}

/// A variable captured by an inner function (a closure cell).
final class Cell {
  var value: PyValue?
  init(_ value: PyValue? = nil) { self.value = value }
}

/// A Python module: a name and a table of members.
///
/// Built-in modules are tables of `BuiltinFunction`s and constants; `help(module.f)`, `dir(module)`
/// and tab completion read the same table.
public final class PyModule {
  /// The dotted module name (`"numpy"`, `"matplotlib.pyplot"`).
  public let name: String
  /// The members, by name.
  public var members: [String: PyValue] {
    didSet { version &+= 1 }
  }
  /// Changes whenever `members` changes (call sites cache the members they looked up).
  private(set) var version = 0
  /// This module's identity for call-site caches (see `PyClass.identity`).
  let identity = Identity()
  /// The module docstring shown by `help(module)`.
  public let doc: String

  /// Creates a module from its members.
  public init(name: String, doc: String = "", members: [String: PyValue] = [:]) {
    self.name = name
    self.doc = doc
    self.members = members
  }

  /// Creates a module from a table of functions plus constants.
  public convenience init(
    name: String, doc: String = "", functions: [BuiltinFunction], constants: [String: PyValue] = [:]
  ) {
    var members = constants
    for function in functions { members[function.name] = .builtin(function) }
    self.init(name: name, doc: doc, members: members)
  }

  /// Adds or replaces a function member.
  public func add(_ function: BuiltinFunction) {
    members[function.name] = .builtin(function)
  }
}
