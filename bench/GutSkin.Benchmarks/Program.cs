using GutSkin.Benchmarks;

return BenchmarkCommandLine.Run(args);
