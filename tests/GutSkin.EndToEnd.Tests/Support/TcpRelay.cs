using System.Net;
using System.Net.Sockets;

namespace GutSkin.EndToEnd.Tests.Support;

/// <summary>
/// A loopback TCP relay between the bot and its database that can be frozen: while frozen, connections stay open but no
/// byte moves and new connections are accepted but not answered, as when the network to the database stalls (a
/// partition, a failover in progress) rather than refuses.
/// </summary>
internal sealed class TcpRelay : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint target;
    private readonly CancellationTokenSource closing = new();
    private readonly Lock gateLock = new();
    private TaskCompletionSource open = Opened();

    public TcpRelay(IPEndPoint target)
    {
        this.target = target;
        listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>Stops every byte, both ways, until <see cref="Thaw"/>.</summary>
    public void Freeze()
    {
        lock (gateLock)
        {
            if (open.Task.IsCompleted)
            {
                open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    /// <summary>Lets the bytes through again.</summary>
    public void Thaw()
    {
        lock (gateLock)
        {
            open.TrySetResult();
        }
    }

    public void Dispose()
    {
        closing.Cancel();
        listener.Stop();
        Thaw();
        closing.Dispose();
    }

    private static TaskCompletionSource Opened()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        gate.SetResult();
        return gate;
    }

    private Task WaitOpenAsync()
    {
        lock (gateLock)
        {
            return open.Task;
        }
    }

    private async Task AcceptAsync()
    {
        while (!closing.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(closing.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using (client)
        using (var server = new TcpClient())
        {
            try
            {
                await WaitOpenAsync();
                await server.ConnectAsync(target, closing.Token);
                var toServer = PumpAsync(client.GetStream(), server.GetStream());
                var toClient = PumpAsync(server.GetStream(), client.GetStream());
                await Task.WhenAny(toServer, toClient);
            }
            catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // Either side went away: closing both ends is what a relay does.
            }
        }
    }

    private async Task PumpAsync(Stream from, Stream to)
    {
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var read = await from.ReadAsync(buffer, closing.Token);
            if (read == 0)
            {
                return;
            }

            await WaitOpenAsync();
            await to.WriteAsync(buffer.AsMemory(0, read), closing.Token);
        }
    }
}
