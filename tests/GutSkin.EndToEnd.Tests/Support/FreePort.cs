using System.Net;
using System.Net.Sockets;

namespace GutSkin.EndToEnd.Tests.Support;

/// <summary>A loopback port that nothing listens on right now, for a child process that must be told its port.</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
