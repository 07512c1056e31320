//! What `serve` allows a browser (or anything on this computer): at most
//! [`MOST_CONNECTIONS`] open connections, and a connection that neither
//! sends nor receives anything for [`IDLE`] is closed. A thousand idle
//! connections would otherwise hold every file descriptor, and every
//! request would wait until they close. An open page's event stream is
//! never idle: it receives a keep-alive comment every five seconds.

use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::t;

/// The most connections open at once; the next waits for one to close.
pub const MOST_CONNECTIONS: usize = 256;

/// How long a connection may stay without a byte either way.
pub const IDLE: Duration = Duration::from_secs(15);

/// A listener that holds at most [`MOST_CONNECTIONS`] connections, each
/// closed after [`IDLE`] without traffic.
pub struct Limited {
    listener: TcpListener,
    permits: Arc<Semaphore>,
    said: Arc<AtomicBool>,
}

impl Limited {
    /// Wraps `listener`.
    pub fn new(listener: TcpListener) -> Limited {
        Limited {
            listener,
            permits: Arc::new(Semaphore::new(MOST_CONNECTIONS)),
            said: Arc::new(AtomicBool::new(false)),
        }
    }
}

impl axum::serve::Listener for Limited {
    type Io = Connection;
    type Addr = std::net::SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        let permit = match self.permits.clone().try_acquire_owned() {
            Ok(p) => p,
            Err(_) => {
                // Said once: the log of a server under a flood stays
                // readable.
                if !self.said.swap(true, Ordering::Relaxed) {
                    eprintln!(
                        "{}",
                        t!("serve-too-many-connections", most = MOST_CONNECTIONS)
                    );
                }
                loop {
                    match self.permits.clone().acquire_owned().await {
                        Ok(p) => break p,
                        // Never closed: no permit to wait for otherwise.
                        Err(_) => std::future::pending::<()>().await,
                    }
                }
            }
        };
        loop {
            match self.listener.accept().await {
                Ok((stream, addr)) => {
                    return (
                        Connection {
                            stream,
                            _permit: permit,
                            idle: Box::pin(tokio::time::sleep(IDLE)),
                        },
                        addr,
                    );
                }
                // Out of descriptors, a connection reset before it was
                // accepted: wait a little and go on, as axum does.
                Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
            }
        }
    }

    fn local_addr(&self) -> std::io::Result<Self::Addr> {
        self.listener.local_addr()
    }
}

/// One accepted connection: its permit, and its idle timer.
pub struct Connection {
    stream: TcpStream,
    _permit: OwnedSemaphorePermit,
    idle: Pin<Box<tokio::time::Sleep>>,
}

impl Connection {
    fn active(&mut self) {
        let deadline = tokio::time::Instant::now() + IDLE;
        self.idle.as_mut().reset(deadline);
    }

    /// Whether the connection has been idle too long.
    fn expired(&mut self, cx: &mut Context<'_>) -> bool {
        self.idle.as_mut().poll(cx).is_ready()
    }
}

fn timed_out() -> std::io::Error {
    std::io::Error::from(std::io::ErrorKind::TimedOut)
}

impl AsyncRead for Connection {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let before = buf.filled().len();
        match Pin::new(&mut self.stream).poll_read(cx, buf) {
            Poll::Ready(r) => {
                if buf.filled().len() > before {
                    self.active();
                }
                Poll::Ready(r)
            }
            Poll::Pending if self.expired(cx) => Poll::Ready(Err(timed_out())),
            Poll::Pending => Poll::Pending,
        }
    }
}

impl AsyncWrite for Connection {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        data: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        let written = Pin::new(&mut self.stream).poll_write(cx, data);
        if matches!(written, Poll::Ready(Ok(n)) if n > 0) {
            self.active();
        }
        written
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.stream).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.stream).poll_shutdown(cx)
    }
}
