// swift-tools-version: 6.1
// libFuzzer targets for factcheck's untrusted-input parsers; built and run by scripts/fuzz.
// Kept out of the main package: every executable here gets its `main` from libFuzzer.
import Foundation
import PackageDescription

/// The main package's identity: the name of the folder holding it.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
  name: "factcheck-fuzz",
  platforms: [.macOS(.v15)],
  dependencies: [
    .package(path: "..")
  ],
  targets: [
    .executableTarget(
      name: "FuzzAnnotationLoader",
      dependencies: [.product(name: "FactCheckCore", package: root)]
    ),
    .executableTarget(
      name: "FuzzCommandLine",
      dependencies: [.product(name: "FactCheckShell", package: root)]
    ),
  ]
)
