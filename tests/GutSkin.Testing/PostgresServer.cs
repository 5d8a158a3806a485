using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Xunit;

namespace GutSkin.Testing;

/// <summary>
/// A real PostgreSQL server for tests, as an xUnit fixture: started from the Debian package's binaries in a temporary
/// folder on a free loopback port and removed afterwards, or, when <see cref="ExistingServerVariable"/> holds a
/// connection string, that server instead. Shared by the storage tests and the multi-instance end-to-end tests.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    /// <summary>Names an environment variable with a connection string to an existing server to test against.</summary>
    public const string ExistingServerVariable = "GUTSKIN_TEST_POSTGRES";

    private const string BinariesRoot = "/usr/lib/postgresql";

    // initdb and postgres refuse to run as root, so a root test run hands them to the package's service account.
    private const string ServerUser = "postgres";

    private string? root;
    private string? pgCtl;
    private string? adminConnectionString;
    private int port;

    private string DataDirectory => Path.Combine(root!, "data");

    private string ServerLog => Path.Combine(root!, "server.log");

    private string AdminConnectionString => adminConnectionString
        ?? throw new InvalidOperationException("The PostgreSQL test server is not running; see the error it failed to start with.");

    /// <summary>Starts the server, unless <see cref="ExistingServerVariable"/> names one.</summary>
    public async Task InitializeAsync()
    {
        var existing = Environment.GetEnvironmentVariable(ExistingServerVariable);
        if (!string.IsNullOrWhiteSpace(existing))
        {
            adminConnectionString = existing;
            return;
        }

        var binaries = FindBinaries();
        pgCtl = Path.Combine(binaries, "pg_ctl");
        root = Path.Combine(Path.GetTempPath(), "gutskin-postgres-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        if (Environment.IsPrivilegedProcess)
        {
            await ProcessRunner.RunAsync(root, "chown", $"{ServerUser}:", root);
        }

        port = FreeLoopbackPort();
        try
        {
            // Test settings only: a throwaway cluster needs neither durability nor a locale of its own.
            await RunAsServerUserAsync(
                Path.Combine(binaries, "initdb"),
                "-D", DataDirectory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync");
            await StartAsync();
        }
        catch (InvalidOperationException failure)
        {
            var log = File.Exists(ServerLog) ? $"\n{ServerLog}:\n{await File.ReadAllTextAsync(ServerLog)}" : "";
            Directory.Delete(root, recursive: true);
            root = null;
            throw new InvalidOperationException($"Could not start the PostgreSQL test server: {failure.Message}{log}", failure);
        }

        adminConnectionString = string.Create(
            CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres");
    }

    /// <summary>Starts the server this fixture made again, on the same port, after <see cref="StopImmediatelyAsync"/>.</summary>
    public Task StartAsync() => RunAsServerUserAsync(
        pgCtl ?? throw new InvalidOperationException($"Only a server this fixture started can be started again, not {ExistingServerVariable}."),
        "-D", DataDirectory,
        "-l", ServerLog,
        "-o", $"-k {root} -p {port} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
        "-w", "-t", "60",
        "start");

    /// <summary>Kills the server as a crash would (<c>pg_ctl stop -m immediate</c>): every connection is cut at once.</summary>
    public Task StopImmediatelyAsync() => RunAsServerUserAsync(
        pgCtl ?? throw new InvalidOperationException($"Only a server this fixture started can be stopped, not {ExistingServerVariable}."),
        "-D", DataDirectory, "-m", "immediate", "-w", "stop");

    /// <summary>Ends every server process connected to this database (<c>pg_terminate_backend</c>), as an operator or a
    /// failover would.</summary>
    /// <param name="connectionString">A connection string <see cref="CreateDatabaseAsync"/> returned.</param>
    /// <returns>How many connections were ended.</returns>
    public async Task<int> TerminateConnectionsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            // In FILTER, so that it runs only on the rows WHERE kept: the planner may evaluate an AND in either order.
            "SELECT (count(*) FILTER (WHERE pg_terminate_backend(pid)))::integer FROM pg_stat_activity WHERE datname = @name AND pid <> pg_backend_pid();",
            connection);
        command.Parameters.AddWithValue("name", new NpgsqlConnectionStringBuilder(connectionString).Database!);
        return (int)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Creates an empty database with a random name.</summary>
    /// <returns>A connection string to it.</returns>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "gutskin_test_" + Guid.NewGuid().ToString("N");

        // A database name cannot be a parameter; this one is made here from hex digits only.
        await ExecuteAdminAsync($"CREATE DATABASE {name};");
        return new NpgsqlConnectionStringBuilder(AdminConnectionString)
        {
            Database = name,

            // Two store instances (or two bot processes) per database stay well inside the server's default
            // max_connections of 100.
            MaxPoolSize = 10,
            Timeout = 60,
        }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing any connection left open.</summary>
    /// <param name="connectionString">The connection string <see cref="CreateDatabaseAsync"/> returned.</param>
    public Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        return ExecuteAdminAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE);");
    }

    /// <summary>Stops the server this fixture started and deletes its folder.</summary>
    public async Task DisposeAsync()
    {
        if (root is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        try
        {
            if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
            {
                await RunAsServerUserAsync(pgCtl!, "-D", DataDirectory, "-m", "fast", "-w", "stop");
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static string FindBinaries()
    {
        var initdb = (Directory.Exists(BinariesRoot) ? Directory.GetDirectories(BinariesRoot) : [])
            .Select(version => Path.Combine(version, "bin", "initdb"))
            .Where(File.Exists)
            .OrderByDescending(path => int.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(path))), out var major) ? major : 0)
            .FirstOrDefault();
        return Path.GetDirectoryName(initdb) ?? throw new InvalidOperationException(
            $"The PostgreSQL tests need a PostgreSQL server, but {BinariesRoot}/*/bin/initdb was not found. "
            + $"Install postgresql: apt-get install -y postgresql (or set {ExistingServerVariable} to a connection string of an existing server).");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private Task RunAsServerUserAsync(string program, params string[] arguments) => Environment.IsPrivilegedProcess
        ? ProcessRunner.RunAsync(root!, "runuser", ["-u", ServerUser, "--", program, .. arguments])
        : ProcessRunner.RunAsync(root!, program, arguments);

    private async Task ExecuteAdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
