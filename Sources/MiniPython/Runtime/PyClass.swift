/// A Python class: a user class, a built-in type (`int`, `list`), an exception type, or a host type.
///
/// Built-in type objects are shared by every session and never mutated after creation (setting an
/// attribute on them raises `TypeError`), which is why the class is `@unchecked Sendable`.
public final class PyClass: @unchecked Sendable {
  /// The class name (`__name__`).
  public let name: String
  /// The base class for single inheritance, or `nil` for `object`.
  public let base: PyClass?
  /// Class attributes and methods (`__dict__`).
  public var attributes: [String: PyValue] {
    didSet { version &+= 1 }
  }
  /// Counts changes to `attributes`, so method caches know when to look again.
  private(set) var version = 0
  /// This class's identity for call-site caches, which hold the token instead of a weak
  /// reference to the class (a weak reference would make every retain of the class slow).
  let identity = Identity()

  /// Where the attributes of this class's instances live (user classes only: a built-in class
  /// is shared by every session, so its instances each get a layout of their own).
  let instanceLayout = AttributeLayout()

  /// The sum of the versions along the inheritance chain: changes when any class in it changes.
  var chainVersion: Int {
    var total = 0
    var cls: PyClass? = self
    while let current = cls {
      total &+= current.version
      cls = current.base
    }
    return total
  }
  /// For a built-in type: how calling the type constructs a value (`int("3")`).
  public let constructor: BuiltinFunction?
  /// For a built-in type, the test for `isinstance`.
  let builtinCheck: (@Sendable (PyValue) -> Bool)?
  /// Whether this is a built-in type whose attributes are read-only.
  public let isBuiltin: Bool

  /// Creates a user class.
  public init(name: String, base: PyClass?, attributes: [String: PyValue] = [:]) {
    self.name = name
    self.base = base
    self.attributes = attributes
    self.constructor = nil
    self.builtinCheck = nil
    self.isBuiltin = false
  }

  /// Creates a built-in type.
  ///
  /// - Parameters:
  ///   - constructor: what calling the type does.
  ///   - isInstance: the `isinstance` test; `nil` means instances of this class (and subclasses).
  public init(
    builtin name: String, base: PyClass? = nil, constructor: BuiltinFunction?,
    isInstance: (@Sendable (PyValue) -> Bool)? = nil, attributes: [String: PyValue] = [:]
  ) {
    self.name = name
    self.base = base
    self.attributes = attributes
    self.constructor = constructor
    self.builtinCheck = isInstance
    self.isBuiltin = true
  }

  /// Looks an attribute up along the inheritance chain.
  public func lookup(_ name: String) -> PyValue? {
    var cls: PyClass? = self
    while let current = cls {
      if let value = current.attributes[name] { return value }
      cls = current.base
    }
    return nil
  }

  /// `__init__` along the inheritance chain. A user class remembers it until a class in its chain
  /// changes; a built-in class (shared by every session) looks it up each time.
  var initializer: PyValue? {
    if isBuiltin { return lookup("__init__") }
    let version = chainVersion
    if let cached = cachedInitializer, cached.version == version { return cached.value }
    let found = lookup("__init__")
    cachedInitializer = (version, found)
    return found
  }
  private var cachedInitializer: (version: Int, value: PyValue?)?

  /// Whether this class is `other` or inherits from it.
  public func isSubclass(of other: PyClass) -> Bool {
    var cls: PyClass? = self
    while let current = cls {
      if current === other { return true }
      cls = current.base
    }
    return false
  }
}
