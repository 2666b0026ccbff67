/// A call site's memory of the last class it looked a method up in (an inline cache), so a
/// method called in a loop is found without walking the class chain's dictionaries.
///
/// The cache recognises the class and module by their `Identity` token rather than by a weak
/// reference: weak references move an object's reference count to a side table, and every retain
/// and release of it then takes the runtime's slow path.
final class MethodCache {
  private var module: Identity?
  private var moduleVersion = 0
  private var member: PyValue?

  /// `module.name`, remembered while the module's members do not change (`np.dot` in a loop
  /// hashes the name once).
  @inline(__always)
  func member(_ name: String, of module: PyModule) -> PyValue? {
    if module.identity === self.module, module.version == moduleVersion { return member }
    let found = module.members[name]
    self.module = module.identity
    moduleVersion = module.version
    member = found
    return found
  }

  private var cls: Identity?
  private var version = 0
  private var method: PyValue?

  @inline(__always)
  func lookup(_ name: String, in cls: PyClass) -> PyValue? {
    let version = cls.chainVersion
    if cls.identity === self.cls, version == self.version { return method }
    let found = cls.lookup(name)
    self.cls = cls.identity
    self.version = version
    method = found
    return found
  }
}
