// The search-service HTTP API, same origin. Errors arrive as RFC 9457 problem+json.

export class ApiError extends Error {
  constructor(status, detail, title) {
    super(detail || title || `HTTP ${status}`);
    this.status = status;
    this.detail = detail;
    this.title = title;
  }
}

async function getJson(path, params, signal) {
  const query = params ? `?${params}` : '';
  let response;
  try {
    response = await fetch(`${path}${query}`, { headers: { Accept: 'application/json' }, signal });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError(0, '无法连接检索服务，请检查网络或稍后再试。');
  }
  if (!response.ok) {
    let problem = {};
    try {
      problem = await response.json();
    } catch {
      // not a problem document; the status says enough
    }
    throw new ApiError(response.status, problem.detail, problem.title);
  }
  return response.json();
}

export function search(params, signal) {
  return getJson('/api/v1/search', params, signal);
}

export function article(id, signal) {
  return getJson(`/api/v1/articles/${encodeURIComponent(id)}`, null, signal);
}

export function trends(params, signal) {
  return getJson('/api/v1/trends', params, signal);
}

export function suggest(prefix, signal) {
  return getJson('/api/v1/suggest', new URLSearchParams({ prefix }), signal);
}

/** A sentence for the editor: what went wrong and, from the API's detail, what to fix. */
export function describeError(error) {
  if (!(error instanceof ApiError)) return `出错了：${error.message}`;
  switch (true) {
    case error.status === 0:
      return error.message;
    case error.status === 400:
      return `检索条件有误：${error.detail ?? '请检查输入。'}`;
    case error.status === 404:
      return `未找到：${error.detail ?? '请求的内容不存在。'}`;
    case error.status === 429 || error.status === 503:
      return '检索服务暂时不可用，请稍后再试。';
    default:
      return `检索服务出错（HTTP ${error.status}）：${error.detail ?? '请稍后再试。'}`;
  }
}
