/// A call site's memory of the last class it looked a method up in (an inline cache), so a
/// method called in a loop is found without walking the class chain's dictionaries.
final class MethodCache {
  private weak var module: PyModule?
  private var moduleVersion = 0
  private var member: PyValue?

  /// `module.name`, remembered while the module's members do not change (`np.dot` in a loop
  /// hashes the name once).
  @inline(__always)
  func member(_ name: String, of module: PyModule) -> PyValue? {
    if module === self.module, module.version == moduleVersion { return member }
    let found = module.members[name]
    self.module = module
    moduleVersion = module.version
    member = found
    return found
  }

  private weak var cls: PyClass?
  private var version = 0
  private var method: PyValue?

  @inline(__always)
  func lookup(_ name: String, in cls: PyClass) -> PyValue? {
    let version = cls.chainVersion
    if cls === self.cls, version == self.version { return method }
    let found = cls.lookup(name)
    self.cls = cls
    self.version = version
    method = found
    return found
  }
}
