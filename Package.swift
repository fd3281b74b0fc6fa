// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "factcheck",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "factcheck", targets: ["factcheck"]),
    .library(name: "FactCheckCore", targets: ["FactCheckCore"]),
    .library(name: "FactCheckShell", targets: ["FactCheckShell"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-crypto.git", from: "4.0.0"),
    .package(url: "https://github.com/apple/swift-collections.git", from: "1.1.0"),
  ],
  targets: [
    // MARK: - System libraries

    .systemLibrary(
      name: "CReadline",
      path: "Sources/CReadline",
      providers: [.apt(["libreadline-dev"])]
    ),

    // MARK: - Libraries

    .target(
      name: "FactCheckCore",
      dependencies: [
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "Collections", package: "swift-collections"),
      ]
    ),
    .target(
      name: "FactCheckShell",
      dependencies: ["FactCheckCore"]
    ),

    // MARK: - Executable

    .executableTarget(
      name: "factcheck",
      dependencies: [
        "FactCheckCore",
        "FactCheckShell",
        "CReadline",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    .executableTarget(
      name: "factcheck-train",
      dependencies: [
        "FactCheckCore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    .executableTarget(
      name: "factcheck-eval",
      dependencies: [
        "FactCheckCore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    // MARK: - Tests

    .target(
      name: "TestSupport",
      dependencies: ["FactCheckCore"],
      path: "Tests/TestSupport"
    ),
    .testTarget(
      name: "FactCheckCoreTests",
      dependencies: ["FactCheckCore", "TestSupport"]
    ),
    .testTarget(
      name: "FactCheckShellTests",
      dependencies: ["FactCheckShell", "FactCheckCore", "TestSupport"]
    ),
    .testTarget(
      name: "FactCheckTrainTests",
      dependencies: ["factcheck-train"]
    ),
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["factcheck", "FactCheckCore", "TestSupport"]
    ),
  ]
)
