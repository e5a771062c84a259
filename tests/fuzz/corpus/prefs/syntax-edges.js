# hash comment
/* block
   comment */ user_pref("a.b", -9223372036854775808);
pref("c.d", +42, locked);
sticky_pref('e.f', 'single \'quoted\' \x41\u00e9\ud83d\ude00', sticky);
user_pref("g.h", 9223372036854775808);
user_pref("i.j", "broken
user_pref("k.l", true)  ;
user_pref("m.n", "\uD800 lone high");
user_pref("o.p", 1.5);
user_pref  (  "q.r"  ,  false  )  ;  user_pref("s.t", "two on one line");
