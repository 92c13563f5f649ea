#!/usr/bin/env python3
"""Scale: do the pages that list or count topics stay fast with many topics, and does memory stay bounded?

Starts the packaged application (embedded H2 in a temporary directory) and measures, first with the seed topics only
(the English seed and its Spanish edition), then with TOPICS published topics, then with SITEMAP_TOPICS:

  1. latency of misses, SAMPLES sequential requests each (median and p90, whole body read, gzip accepted): the home
     page (/ and, with many topics, /?page=50 and the last page), a topic page (the seed, and with many topics a
     sample of the generated ones), the sitemap index (/sitemap.xml) and the first and last sitemap pages. Every
     page request is a miss: the application runs with explainers.cache.max-megabytes=0, so each page is evicted as it
     is stored (it weighs more than the cache may hold); the script reads the hit counter around each request and
     leaves out any it counted as a hit (eviction runs on another thread; the number kept is printed). Sitemaps are
     never cached. The latency runs use SITEMAP_MAX_URLS (1,000) URLs a sitemap, so that TOPICS topics make an index
     (at the production 50,000 the index appears only above 49,998 topics);
  2. with TOPICS topics, a crawl of every page and card (every topic page and share card, every home page in both
     languages, the feed, About, the sitemaps) with the cache bounded at CACHE_MB megabytes: the largest RSS while
     crawling, the cached pages (explainers_page_cache_pages) and the live heap after a full GC before and after
     the crawl and once more after the cache was dropped (the script bumps the content version in the database, as
     another replica's change would, and waits for the poll to empty the cache): the difference is what the cache
     held, against the configured bytes;
  3. with SITEMAP_TOPICS topics and the production 50,000 URLs a sitemap: the index, and the heap while a sitemap page
     streams. Heap after a full GC (jcmd GC.run, then GC.heap_info) with the application idle, after one whole
     sitemap page was read (so that H2's own page cache is as full as it gets), then in the middle of a second one,
     whose client stops reading after STREAM_PAUSE_AFTER bytes until the measurement is taken: the live set the
     stream holds, with the classes that grew most (jcmd GC.class_histogram).

Topics are not created through the API (about 150 a second): while the application is stopped, the script copies the
seed topic's rows (topic, sections, items, FAQ, sources) into the H2 file with SQL (H2's RunScript, the H2 jar the
application ships), every copy published, a minute older than the one before, then bumps the content version, and
starts the application again.

Targets (issue 16): with 10,000 topics the home page, a topic page miss and the sitemap index within 2x of their
latency with the seed alone; a 100,000-topic sitemap streams with heap growth under 20 MB; the page cache within its
configured bytes under the crawl. A benchmark reports; it exits 0 whether the targets are met or missed, and non-zero
only when it cannot run.

Needs: the packaged app (mvn -B -DskipTests package, or BUILD=1), Java with jcmd, python3.
Settings (environment): TOPICS=10000 SITEMAP_TOPICS=100000 SAMPLES=30 WARMUP=30 (requests per path first) CACHE_MB=12 SITEMAP_MAX_URLS=1000 CRAWL=all
(or a number of topics to crawl) CRAWLERS=4 STREAM_PAUSE_AFTER=1000000 APP_PORT=18350 MANAGEMENT_PORT=18351 H2_PORT=18352 BUILD=0
JAVA=java JAVA_OPTS=(the Dockerfile's, -Xms77m -Xmx77m -XX:MarkSweepAlwaysCompactCount=1) JAR=target/quarkus-app/quarkus-run.jar KEEP= (a directory to keep the database and logs in)
Usage: src/bench/scale.py    (from anywhere)
"""
import glob
import http.client
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

TOPICS = int(os.environ.get("TOPICS", "10000"))
SITEMAP_TOPICS = int(os.environ.get("SITEMAP_TOPICS", "100000"))
SAMPLES = int(os.environ.get("SAMPLES", "30"))
WARMUP = int(os.environ.get("WARMUP", "30"))
CACHE_MB = int(os.environ.get("CACHE_MB", "12"))
SITEMAP_MAX_URLS = int(os.environ.get("SITEMAP_MAX_URLS", "1000"))
CRAWL = os.environ.get("CRAWL", "all")
CRAWLERS = int(os.environ.get("CRAWLERS", "4"))
STREAM_PAUSE_AFTER = int(os.environ.get("STREAM_PAUSE_AFTER", "1000000"))
APP_PORT = int(os.environ.get("APP_PORT", "18350"))
MANAGEMENT_PORT = int(os.environ.get("MANAGEMENT_PORT", "18351"))
H2_PORT = int(os.environ.get("H2_PORT", "18352"))
JAVA = os.environ.get("JAVA", "java")
# The Dockerfile's options with the heap fixed at 77 MiB, what its 30% of the manifest's former 256 MiB gave (a replica
# has 96 MiB since the limit is 320 MiB; the smaller heap is the tighter case), as soak.sh runs it (no cgroup here): RSS
# means little with a heap free to grow to a quarter of the machine. The Serial collector's full collection leaves up to
# 5% of the old generation as dead objects that it does not move (MarkSweepDeadRatio), filled with int[] and counted as
# used, except every fourth time (MarkSweepAlwaysCompactCount): up to 2.6 MB at -Xmx77m, more than some of the
# differences measured here. Compacting every time makes "the heap after a full GC" the live set.
DOCKER_OPTS = re.search(r'^ENV JAVA_OPTS="(.*)"$', open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "main",
                        "docker", "Dockerfile.jvm")).read(), re.M).group(1)
JAVA_OPTS = os.environ.get("JAVA_OPTS", DOCKER_OPTS + " -Xms77m -Xmx77m -XX:MarkSweepAlwaysCompactCount=1").split()
KEEP = os.environ.get("KEEP")
HOST = "127.0.0.1"
SEED = "what-is-occupational-therapy-for-kids"
SEED_PAGE = "/topics/" + SEED
PAGE_SIZE = 50

os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
JAR = os.environ.get("JAR", "target/quarkus-app/quarkus-run.jar")


class App:
    """The packaged application on the H2 file database in {work}."""

    def __init__(self, work):
        self.work = work
        # AUTO_SERVER: the script may change the content while the application runs (the crawl's eviction).
        self.database = f"jdbc:h2:file:{work}/db;AUTO_SERVER=TRUE;AUTO_SERVER_PORT={H2_PORT}"
        self.process = None
        self.runs = 0

    def start(self, **settings):
        self.runs += 1
        options = [f"-D{key}={value}" for key, value in settings.items()]
        self.log = open(os.path.join(self.work, f"app-{self.runs}.log"), "w")
        self.process = subprocess.Popen(
            [JAVA, *JAVA_OPTS, f"-Dquarkus.http.port={APP_PORT}", f"-Dquarkus.http.host={HOST}",
             f"-Dquarkus.management.port={MANAGEMENT_PORT}", f"-Dquarkus.management.host={HOST}",
             f"-Dquarkus.datasource.jdbc.url={self.database}", f"-Dexplainers.site.base-url=http://{HOST}:{APP_PORT}",
             *options, "-jar", JAR], stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 180
        while time.time() < deadline:
            if self.process.poll() is not None:
                sys.exit(f"the application stopped; see {self.log.name}")
            try:
                if get(SEED_PAGE)[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        sys.exit("the application did not start")

    def stop(self):
        if self.process:
            self.process.terminate()
            self.process.wait(60)
            self.process = None

    def rss_mb(self):
        with open(f"/proc/{self.process.pid}/status") as status:
            return int(re.search(r"VmRSS:\s+(\d+)", status.read()).group(1)) / 1024

    def histogram(self):
        """Bytes by class of what is live (jcmd GC.class_histogram runs a full GC first)."""
        out = subprocess.run(["jcmd", str(self.process.pid), "GC.class_histogram"], check=True, capture_output=True,
                             text=True).stdout
        return {m.group(2): int(m.group(1)) for m in re.finditer(r"^\s*\d+:\s+\d+\s+(\d+)\s+(\S+)", out, re.M)}

    def live_heap_mb(self):
        """The heap in use right after a full collection."""
        pid = str(self.process.pid)
        subprocess.run(["jcmd", pid, "GC.run"], check=True, capture_output=True)
        info = subprocess.run(["jcmd", pid, "GC.heap_info"], check=True, capture_output=True, text=True).stdout
        # G1: "garbage-first heap   total 260096K, used 38912K"; Serial/Parallel list generations, each "used nK".
        total = re.search(r"heap\s+total \d+K, used (\d+)K", info)
        used = int(total.group(1)) if total else sum(
            int(n) for n in re.findall(r"^\s*\w[\w ]*generation\s+total \d+K, used (\d+)K", info, re.M))
        return used / 1024

    def metric(self, name, labels=""):
        connection = http.client.HTTPConnection(HOST, MANAGEMENT_PORT, timeout=30)
        connection.request("GET", "/q/metrics")
        text = connection.getresponse().read().decode()
        total = 0.0
        for line in text.splitlines():
            if line.startswith(name) and labels in line and not line.startswith("#"):
                total += float(line.rsplit(" ", 1)[1])
        return total

    def sql(self, script):
        h2 = glob.glob(os.path.join(os.path.dirname(JAR), "lib/main/com.h2database.h2-*.jar"))[0]
        path = os.path.join(self.work, "script.sql")
        with open(path, "w") as out:
            out.write(script)
        subprocess.run([JAVA, "-cp", h2, "org.h2.tools.RunScript", "-url", self.database, "-user", "explainers",
                        "-password", "", "-script", path], check=True)


def get(path, connection=None):
    """(status, body bytes) of a GET, gzip accepted, the body read whole."""
    own = connection is None
    connection = connection or http.client.HTTPConnection(HOST, APP_PORT, timeout=300)
    connection.request("GET", path, headers={"Accept-Encoding": "gzip"})
    response = connection.getresponse()
    body = response.read()
    if own:
        connection.close()
    return response.status, body


def timed(path, samples):
    """Milliseconds of each of {samples} sequential requests on one keep-alive connection."""
    connection = http.client.HTTPConnection(HOST, APP_PORT, timeout=300)
    times = []
    for _ in range(samples):
        started = time.perf_counter()
        status, _ = get(path, connection)
        times.append((time.perf_counter() - started) * 1000)
        if status != 200:
            sys.exit(f"GET {path}: {status}")
    connection.close()
    return times


def missed(app, path, samples):
    """Milliseconds of up to {samples} sequential requests that were misses: the hit counter is read around each one,
    and a request it counted as a hit (the cache had not evicted the page yet) is left out. Sitemaps are never cached."""
    connection = http.client.HTTPConnection(HOST, APP_PORT, timeout=300)
    times = []
    for _ in range(samples):
        time.sleep(0.02)  # the cache evicts on another thread
        hits = app.metric("explainers_page_cache_requests_total", 'result="hit"')
        started = time.perf_counter()
        status, _ = get(path, connection)
        elapsed = (time.perf_counter() - started) * 1000
        if status != 200:
            sys.exit(f"GET {path}: {status}")
        if app.metric("explainers_page_cache_requests_total", 'result="hit"') == hits:
            times.append(elapsed)
    connection.close()
    return times


def summary(times):
    ordered = sorted(times)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.9))]


def add_topics(app, first, last):
    """Copies of the seed topic numbered first..last, published, each a minute older than the one before."""
    app.sql(f"""
set @seed = (select id from topic where slug = '{SEED}');
set @before = (select max(id) from topic);
insert into topic (slug, title, focus_phrase, meta_description, intro, in_simple_terms, faq_heading, audience_min_age,
                   audience_max_age, about_type, about_name, about_alternate_name, status, published_at, modified_at,
                   last_reviewed_on, version, source, language)
select 'scale-topic-' || x, 'Scale topic ' || x || ': what is occupational therapy?', focus_phrase, meta_description,
       intro, in_simple_terms, faq_heading, audience_min_age, audience_max_age, about_type, about_name,
       about_alternate_name, 'PUBLISHED', dateadd('MINUTE', -x, published_at), dateadd('MINUTE', -x, modified_at),
       last_reviewed_on, 0, source, 'en'
  from topic, system_range({first}, {last}) where id = @seed order by x;
insert into topic_section (topic_id, position, heading)
select t.id, s.position, s.heading from topic t, topic_section s where t.id > @before and s.topic_id = @seed;
insert into section_item (section_id, position, kind, label, text)
select n.id, i.position, i.kind, i.label, i.text
  from topic_section n join topic_section s on s.topic_id = @seed and s.position = n.position
  join section_item i on i.section_id = s.id
 where n.topic_id > @before;
insert into faq_entry (topic_id, position, question, answer)
select t.id, f.position, f.question, f.answer from topic t, faq_entry f where t.id > @before and f.topic_id = @seed;
insert into topic_source (topic_id, position, title, publisher, url, accessed)
select t.id, s.position, s.title, s.publisher, s.url, s.accessed from topic t, topic_source s
 where t.id > @before and s.topic_id = @seed;
update content_version set version = version + 1, changed_at = current_timestamp where id = 1;
""")


def latencies(app, generated):
    """Miss latencies: {what: (median, p90)}; the application runs with a cache that keeps nothing."""
    published = generated + 1
    last_page = (published + PAGE_SIZE - 1) // PAGE_SIZE
    sitemap_parts = (published + 1 + 3 + SITEMAP_MAX_URLS - 1) // SITEMAP_MAX_URLS  # + the Spanish seed, both homes, About
    paths = {"home /": ["/"], "topic (seed)": [SEED_PAGE], "sitemap.xml": ["/sitemap.xml"]}
    if last_page >= 50:
        paths["home /?page=50"] = ["/?page=50"]
    if last_page > 1:
        paths[f"home last /?page={last_page}"] = [f"/?page={last_page}"]
    if generated:
        sample = random.Random(16).sample(range(1, generated + 1), min(SAMPLES, generated))
        paths["topic (generated)"] = [f"/topics/scale-topic-{n}" for n in sample]
    if sitemap_parts > 1:
        paths[f"sitemap-{sitemap_parts}.xml (last)"] = [f"/sitemap-{sitemap_parts}.xml"]
    if sitemap_parts > 1:
        paths["sitemap-1.xml (first)"] = ["/sitemap-1.xml"]
    for path_list in paths.values():
        timed(path_list[0], WARMUP)  # the JIT and the connection pool
    results = {}
    for what, path_list in paths.items():
        times = [t for path in path_list for t in missed(app, path, SAMPLES if len(path_list) == 1 else 1)]
        results[what] = summary(times) + (len(times),)
    return results


def crawl(app, generated):
    """Every page and card with a bounded cache; RSS sampled while it runs."""
    count = generated if CRAWL == "all" else min(generated, int(CRAWL))
    published = generated + 1
    paths = ["/", "/es/", "/about", "/feed.xml", "/sitemap.xml", "/es/temas/que-es-la-terapia-ocupacional-para-ninos",
             "/es/temas/que-es-la-terapia-ocupacional-para-ninos/card.png", SEED_PAGE, SEED_PAGE + "/card.png"]
    paths += [f"/?page={n}" for n in range(2, (published + PAGE_SIZE - 1) // PAGE_SIZE + 1)]
    for n in range(1, count + 1):
        paths += [f"/topics/scale-topic-{n}", f"/topics/scale-topic-{n}/card.png"]
    random.Random(4).shuffle(paths)
    heap_before = app.live_heap_mb()
    rss = [app.rss_mb()]
    done = threading.Event()
    failures = []

    def sample():
        while not done.wait(0.5):
            rss.append(app.rss_mb())

    def run(chunk):
        connection = http.client.HTTPConnection(HOST, APP_PORT, timeout=300)
        for path in chunk:
            status, _ = get(path, connection)
            if status != 200:
                failures.append(f"{path}: {status}")

    sampler = threading.Thread(target=sample)
    sampler.start()
    started = time.time()
    crawlers = [threading.Thread(target=run, args=(paths[i::CRAWLERS],)) for i in range(CRAWLERS)]
    for crawler in crawlers:
        crawler.start()
    for crawler in crawlers:
        crawler.join()
    seconds = time.time() - started
    done.set()
    sampler.join()
    rss.append(app.rss_mb())
    pages = app.metric("explainers_page_cache_pages")
    heap_after = app.live_heap_mb()
    # Another replica's change, as far as this one can tell: the next poll drops every cached page.
    app.sql("update content_version set version = version + 1 where id = 1;")
    deadline = time.time() + 30
    while app.metric("explainers_page_cache_pages") > 0 and time.time() < deadline:
        time.sleep(0.5)
    return {"requests": len(paths), "seconds": seconds, "failures": failures, "rss_start": rss[0], "rss_max": max(rss),
            "rss_end": rss[-1], "pages": pages, "heap_before": heap_before, "heap_after": heap_after,
            "heap_dropped": app.live_heap_mb(), "pages_dropped": app.metric("explainers_page_cache_pages")}


def streaming_heap(app, part):
    """Live heap idle, after a whole sitemap page was read, and in the middle of another one's stream."""
    idle = app.live_heap_mb()
    started = time.perf_counter()
    connection = http.client.HTTPConnection(HOST, APP_PORT, timeout=300)
    connection.request("GET", f"/sitemap-{part}.xml")
    response = connection.getresponse()
    body = response.read()
    seconds = time.perf_counter() - started
    connection.close()
    if response.status != 200:
        sys.exit(f"GET /sitemap-{part}.xml: {response.status}")
    urls = body.count(b"<url>")
    after_one = app.live_heap_mb()
    before_histogram = app.histogram()
    connection = http.client.HTTPConnection(HOST, APP_PORT, timeout=300)
    connection.request("GET", f"/sitemap-{part}.xml")  # not compressed: the longest stream
    response = connection.getresponse()
    read = len(response.read(STREAM_PAUSE_AFTER))
    during = app.live_heap_mb()
    during_histogram = app.histogram()
    rest = len(response.read())
    connection.close()
    grown = sorted(((during_histogram.get(name, 0) - before_histogram.get(name, 0), name)
                    for name in during_histogram), reverse=True)[:6]
    return {"idle": idle, "after_one": after_one, "during": during, "read_before_pause": read, "bytes": read + rest,
            "urls": urls, "seconds": seconds, "grown": grown}


def main():
    if os.environ.get("BUILD") == "1":
        subprocess.run(["mvn", "-B", "-q", "-DskipTests", "package"], check=True)
    if not os.path.exists(JAR):
        sys.exit(f"No {JAR}: run mvn -B -DskipTests package (or BUILD=1)")
    for tool in (JAVA, "jcmd"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is needed")
    print(f"load average before start: {open('/proc/loadavg').read().split()[:3]}  cores: {os.cpu_count()}", flush=True)
    work = KEEP or tempfile.mkdtemp(prefix="scale-")
    os.makedirs(work, exist_ok=True)
    app = App(work)
    misses = {"explainers.cache.max-megabytes": "0", "explainers.sitemap.max-urls": str(SITEMAP_MAX_URLS)}
    table = {}
    try:
        print("== misses with the seed topics only", flush=True)
        app.start(**misses)
        table["seed"] = latencies(app, 0)
        app.stop()

        print(f"== adding {TOPICS} published topics", flush=True)
        started = time.time()
        add_topics(app, 1, TOPICS)
        print(f"   in {time.time() - started:.0f}s", flush=True)
        app.start(**misses)
        table[TOPICS] = latencies(app, TOPICS)
        app.stop()

        print(f"   {'miss (requests that missed)':<30} {'seed: median':>12} {'p90':>7} {f'{TOPICS}: median':>14}"
              f" {'p90':>7} {'ratio':>6}")
        for what, (median, p90, n) in table[TOPICS].items():
            if what.startswith("sitemap-") and "last" in what:
                base_run, base = TOPICS, "sitemap-1.xml (first)"  # the same number of URLs; the seed has no pages
            else:
                base_run = "seed"
                base = what if what in table["seed"] else "topic (seed)" if what.startswith("topic") else (
                    "home /" if what.startswith("home") else "sitemap.xml")
            base_median, base_p90, base_n = table[base_run][base]
            print(f"   {what + f' ({n})':<30} {base_median:10.1f}ms {base_p90:5.1f}ms {median:12.1f}ms {p90:5.1f}ms"
                  f" {median / base_median:6.2f}  (against {base} ({base_n}){'' if base_run == 'seed' else f' at {TOPICS}'})")

        print(f"== crawl of every page and card, {TOPICS} topics, cache {CACHE_MB} MB", flush=True)
        app.start(**{"explainers.cache.max-megabytes": str(CACHE_MB)})
        result = crawl(app, TOPICS)
        app.stop()
        configured = CACHE_MB * 1024 * 1024
        print(f"   {result['requests']} requests in {result['seconds']:.0f}s, {len(result['failures'])} not 200"
              + (f" (first: {result['failures'][0]})" if result["failures"] else ""))
        print(f"   RSS: {result['rss_start']:.0f} MB before, {result['rss_max']:.0f} MB at most,"
              f" {result['rss_end']:.0f} MB after")
        held = result['heap_after'] - result['heap_dropped']
        print(f"   cache: {result['pages']:.0f} pages (explainers_page_cache_pages); live heap after a full GC:"
              f" {result['heap_before']:.1f} MB before the crawl, {result['heap_after']:.1f} MB after it,"
              f" {result['heap_dropped']:.1f} MB once the cache was dropped ({result['pages_dropped']:.0f} pages left)")
        print(f"   the cache held {held:.1f} MB of heap against {configured / 1048576:.0f} MB configured:"
              f" {'within' if held * 1048576 <= configured else 'OVER'}")

        if SITEMAP_TOPICS > TOPICS:
            print(f"== adding {SITEMAP_TOPICS - TOPICS} more topics ({SITEMAP_TOPICS} in all)", flush=True)
            started = time.time()
            add_topics(app, TOPICS + 1, SITEMAP_TOPICS)
            print(f"   in {time.time() - started:.0f}s", flush=True)
        app.start()
        index = summary(timed("/sitemap.xml", SAMPLES))
        parts = (SITEMAP_TOPICS + 1 + 1 + 3 + 49999) // 50000
        part = min(2, parts)  # a whole page of 50,000 URLs, after an offset of 50,000
        heap = streaming_heap(app, part)
        app.stop()
        growth = heap["during"] - heap["idle"]
        print(f"   /sitemap.xml ({parts} parts): median {index[0]:.1f}ms, p90 {index[1]:.1f}ms")
        print(f"   /sitemap-{part}.xml: {heap['urls']} URLs, read whole in {heap['seconds']:.2f}s")
        print(f"   live heap after a full GC: idle {heap['idle']:.1f} MB, after one whole sitemap page"
              f" {heap['after_one']:.1f} MB, during a second stream (paused after {heap['read_before_pause']} of"
              f" {heap['bytes']} bytes) {heap['during']:.1f} MB: growth {growth:+.1f} MB from idle,"
              f" {heap['during'] - heap['after_one']:+.1f} MB from after the first page;"
              f" target < 20 MB: {'PASS' if growth < 20 else 'MISS'}")
        print("   live classes that grew most during the stream (bytes): "
              + ", ".join(f"{name} {grown:+,}" for grown, name in heap["grown"]))
    finally:
        app.stop()
        if not KEEP:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
